/**
 * @module config
 * The one place that reads the environment: a zod schema, parsed once in main and passed
 * down. Nothing else reads `process.env`.
 */
import { z } from 'zod'

export const Config = z.object({
  /** A SQLite file path, or a postgres:// URL. */
  LODESTONE_DB: z.string().min(1).default('./data/lodestone.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** The address the site listens on; 0.0.0.0 to serve other machines. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A site configuration file (name, sections, About/Contact/Legal); default data/site.json. */
  LODESTONE_SITE: z.string().min(1).optional(),
  /** Pages larger than this are refused before they are read (a 100 MB "page" is a mistake). */
  LODESTONE_MAX_PAGE_BYTES: z.coerce.number().int().positive().default(20_000_000),
})
export type Config = z.infer<typeof Config>

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] }

/** Parses the environment; on failure lists every bad variable and why. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = Config.safeParse(env)
  if (parsed.success) return { ok: true, config: parsed.data }
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  }
}

/** The effective configuration for `lodestone config`, with secrets in URLs masked. */
export function describeConfig(config: Config): Record<string, string | number> {
  return {
    ...config,
    LODESTONE_DB: config.LODESTONE_DB.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:****@'),
  }
}
