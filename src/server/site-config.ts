import { readFileSync } from 'node:fs'
import { SiteConfig } from '../web/index.js'

/** The bundled site configuration: name, sections, About/Contact/Legal pages. */
export const DEFAULT_SITE_FILE = new URL('../../data/site.json', import.meta.url)

/** Reads and validates a site file; the error names the file and every bad field. */
export function loadSiteConfig(file: string | URL = DEFAULT_SITE_FILE): SiteConfig {
  const where = file instanceof URL ? file.pathname : file
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(
      `site configuration ${where}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    )
  }
  const parsed = SiteConfig.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    )
    throw new Error(`site configuration ${where} is invalid: ${problems.join('; ')}`)
  }
  return parsed.data
}
