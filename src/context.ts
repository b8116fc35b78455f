import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Caller } from './common/auth/caller';
import type { TokenService } from './common/auth/jwt';
import type { EventBus } from './events/event-bus';
import type { RawSplices } from './common/raw-splice';

/** What lives as long as the hub process: shared by every request. */
export interface Runtime {
  config: Config;
  db: DataSource;
  tokens: TokenService;
  logger: Logger;
  events: EventBus;
  /** Identifies this process among several hub instances on one database. */
  instanceId: string;
}

/** Per request (HTTP) or per operation (WebSocket). */
export interface Context {
  runtime: Runtime;
  requestId: string;
  caller: Caller | null;
  logger: Logger;
  /** Per-request DataLoaders, created on first use (see common/loaders.ts). */
  loaders: Map<string, unknown>;
  /** The WebSocket the operation came on (subscriptions); null over HTTP. */
  connection: ClientConnection | null;
  /**
   * Raw JSON parts of the answer (src/common/raw-splice.ts): only on HTTP requests, whose answer Apollo serializes
   * with the splicing serializer; undefined elsewhere (WebSocket, executeOperation, system work).
   */
  splices?: RawSplices;
  /** Fast lane only (src/http/fast-lane.ts): JSON read pages answered, counted in the metric once the answer is sent. */
  jsonReadPaths?: Array<'raw' | 'parsed' | 'fallback' | 'plain'>;
}

/** What an operation may do to the client's WebSocket: close it with a reason (e.g. a slow consumer). */
export interface ClientConnection {
  close(code: number, reason: string): void;
  /**
   * Writes this operation's graphql-transport-ws `next` message, `{"id":<operation id>,"type":"next","payload":…}`,
   * around `payloadJson` (the execution result as JSON, UTF-8) as one text frame: the bytes graphql-ws would send for
   * that result. Resolves once the socket took the frame (or at once when the socket is no longer open, as graphql-ws
   * does), rejects on a write error. Absent where the transport is not graphql-ws over `ws`.
   */
  sendNext?(payloadJson: Buffer): Promise<void>;
}

export function createContext(
  runtime: Runtime,
  requestId: string,
  caller: Caller | null,
  connection: ClientConnection | null = null,
): Context {
  return {
    connection,
    runtime,
    requestId,
    caller,
    logger: runtime.logger.child({ requestId, subject: caller?.subject, role: caller?.role }),
    loaders: new Map(),
  };
}

/** The caller of an operation guarded by `@Authorized`; never null there. */
export function callerOf(ctx: Context): Caller {
  if (!ctx.caller) throw new Error('callerOf() used on an unauthenticated path');
  return ctx.caller;
}

/** Context for work the hub does on its own behalf (demo data, CLI imports), audited under `subject`. */
export function systemContext(runtime: Runtime, caller: Partial<Caller> & Pick<Caller, 'subject' | 'role'>): Context {
  return createContext(runtime, `system-${Date.now()}`, {
    secretariat: null,
    school: null,
    scopes: [],
    client: 'pmi-hub',
    ...caller,
  });
}
