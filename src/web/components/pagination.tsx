/** Page numbers start at 1; `href` builds the address of a page (keeping the filters). */
export function Pagination(props: {
  page: number
  pageSize: number
  total: number
  href: (page: number) => string
  /** Link words for lists not ordered by date (default: Newer, Older). */
  labels?: { previous: string; next: string }
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize))
  if (pages <= 1) return null
  const { page } = props
  return (
    <nav class="pagination" aria-label="Pages">
      {page > 1 ? (
        <a rel="prev" href={props.href(Math.min(page - 1, pages))}>
          ← {props.labels?.previous ?? 'Newer'}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages ? (
        <a rel="next" href={props.href(page + 1)}>
          {props.labels?.next ?? 'Older'} →
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
