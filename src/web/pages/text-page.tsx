/** About, contact and legal notice: a title and paragraphs from the site configuration. */
export function TextPage(props: { title: string; body: readonly string[] }) {
  return (
    <article class="text-page">
      <h1>{props.title}</h1>
      {props.body.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
    </article>
  )
}
