/** The body of a 404, 400 or 500 page: what went wrong and where to go instead. */
export function ErrorPage(props: { status: 400 | 404 | 500; title: string; message: string }) {
  return (
    <article class="error-page">
      <p class="error-status">{props.status === 404 ? 'Not found' : `Error ${props.status}`}</p>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
      <ul class="error-links">
        <li>
          <a href="/">Go to the front page</a>
        </li>
        <li>
          <a href="/search">Search the articles</a>
        </li>
        <li>
          <a href="/facts">Browse the facts</a>
        </li>
      </ul>
    </article>
  )
}
