/** The web app's settings. It needs only the API's address and Redis, never the API's database. */
export interface WebConfig {
  port: number;
  apiUrl: string;
  redisUrl: string;
  isProduction: boolean;
  /** Prefix of every Redis key the web app writes, so several apps can share one Redis. */
  sessionPrefix: string;
  /** Idle lifetime of a session in seconds; each request starts it again. */
  sessionTtlSeconds: number;
  /** Addresses whose X-Forwarded-For we believe (Express `trust proxy`). */
  trustProxy: string;
  /** Map tiles (Leaflet URL template) and the attribution their licence asks for. */
  mapTileUrl: string;
  mapAttribution: string;
  /** The address the contact page gives for anything that is not about a booking. */
  contactEmail: string;
}

export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export const WEB_CONFIG = Symbol('WEB_CONFIG');

const DEFAULT_SESSION_TTL_SECONDS = 12 * 3600;

export function loadWebConfig(env: NodeJS.ProcessEnv = process.env): WebConfig {
  const port = Number(env.WEB_PORT ?? 3002);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`WEB_PORT=${env.WEB_PORT} is not a port number.`);
  }
  const apiUrl = (env.API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const ttl = Number(env.WEB_SESSION_TTL_SECONDS ?? DEFAULT_SESSION_TTL_SECONDS);
  if (!Number.isInteger(ttl) || ttl < 60) {
    throw new Error(
      `WEB_SESSION_TTL_SECONDS=${env.WEB_SESSION_TTL_SECONDS} must be a whole number of at least 60.`,
    );
  }
  return {
    port,
    apiUrl,
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    isProduction: env.NODE_ENV === 'production',
    sessionPrefix: env.WEB_SESSION_PREFIX ?? 'sp:web:session:',
    sessionTtlSeconds: ttl,
    trustProxy: env.WEB_TRUST_PROXY ?? 'loopback, linklocal, uniquelocal',
    mapTileUrl: env.MAP_TILE_URL || OSM_TILE_URL,
    mapAttribution: env.MAP_ATTRIBUTION || OSM_ATTRIBUTION,
    contactEmail: env.WEB_CONTACT_EMAIL || 'help@small-places.example',
  };
}
