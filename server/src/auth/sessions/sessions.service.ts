import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager, LessThan, Not } from 'typeorm';
import type { SessionRecord } from '@klch/shared';
import type { SessionUser } from '../../access/session-user';
import type { Actor } from '../../audit/actor';
import { AuditService } from '../../audit/audit.service';
import { notFound } from '../../common/errors/http-errors';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { sqlPlaceholders } from '../../database/raw-sql';
import { nowIso } from '../../database/timestamps';
import { transactionTime } from '../../database/transaction-time';
import { TransactionRunner } from '../../database/transaction-runner';
import { UserEntity } from '../../users';
import type { SessionClient } from './session-client';
import { SessionEntity } from './session.entity';
import { msg } from '../../common/i18n/message';

/** Last-seen is written at most this often per session, so signed-in requests are not all writes. */
export const LAST_SEEN_EVERY_MS = 60_000;

/** What a token names: its user, the user's token version at sign-in, and its session. */
export interface SessionClaims {
  sub: number;
  tv: number;
  sid: number;
}

/** What authenticate reads of a session and its user, as the database answers it. */
interface SignedInRow {
  id: number;
  username: string;
  full_name: string;
  role: SessionUser['role'];
  language: string;
  active: boolean | number;
  token_version: number | string;
  session_token_version: number | string;
  expires_at: string;
  last_seen_at: string;
}

const actorOf = (user: SessionUser, requestId: string): Actor => ({ id: user.id, name: user.fullName, role: user.role, requestId });

/** "session 12 (Chromium on Linux, 127.0.0.1)": which session, as the trail names it. */
const describe = (session: SessionEntity) => `session ${session.id} (${[session.device, session.ip].filter(Boolean).join(', ')})`;

/**
 * The user's sessions: started at sign-in (inside its transaction), checked on every request,
 * listed, and ended one by one or all at once. Admins' actions on an account and a password change
 * end them all by raising the user's token version (users feature); a row under an old version is
 * dead, hidden from the list and cleared at the user's next sign-in.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new session for a user who just proved who they are, in the caller's transaction. */
  async start(manager: EntityManager, user: UserEntity, client: SessionClient): Promise<SessionEntity> {
    const repository = manager.getRepository(SessionEntity);
    const now = new Date(transactionTime(manager));
    // Housekeeping while we are here: this user's dead rows, and anyone's expired ones.
    await repository.delete({ userId: user.id, tokenVersion: Not(user.tokenVersion) });
    await repository.delete({ expiresAt: LessThan(now.toISOString()) });
    const session = repository.create({
      userId: user.id,
      tokenVersion: user.tokenVersion,
      device: client.device,
      userAgent: client.userAgent,
      ip: client.ip,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.config.sessionHours * 3_600_000).toISOString(),
    });
    await repository.insert(session);
    return session;
  }

  /**
   * The user a token stands for, or false. The database is the truth on every request: the account
   * is active, its token version is the token's, and the token's session row is still there.
   */
  async authenticate(claims: SessionClaims): Promise<SessionUser | false> {
    if (![claims?.sub, claims?.tv, claims?.sid].every(Number.isInteger)) return false;
    // One query on every signed-in request (the hot path of every page): the session with its user.
    const rows: SignedInRow[] = await this.db.read((manager) => {
      const [sessionId, userId] = sqlPlaceholders(manager, 2);
      return manager.query(
        `SELECT u.id AS id, u.username AS username, u.full_name AS full_name, u.role AS role, u.language AS language, u.active AS active,
                u.token_version AS token_version, s.token_version AS session_token_version, s.expires_at AS expires_at,
                s.last_seen_at AS last_seen_at
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id = ${sessionId} AND u.id = ${userId}`,
        [claims.sid, claims.sub],
      );
    });
    const [row] = rows;
    // SQLite answers booleans as 0/1, PostgreSQL as true/false.
    if (!row || !row.active || Number(row.token_version) !== claims.tv) return false;
    if (Number(row.session_token_version) !== claims.tv || row.expires_at <= nowIso()) return false;
    await this.noteSeen({ id: claims.sid, lastSeenAt: row.last_seen_at });
    return {
      id: Number(row.id),
      username: row.username,
      fullName: row.full_name,
      role: row.role,
      language: row.language === 'ms' ? 'ms' : 'en',
      sessionId: claims.sid,
    };
  }

  /** The user's open sessions, the most recently used first, the current one marked. */
  list(user: SessionUser): Promise<SessionRecord[]> {
    return this.db.read(async (manager) => {
      const rows = await this.openSessions(manager, user.id);
      return rows.map((row) => toSessionRecord(row, user.sessionId));
    });
  }

  /** Ends one of the user's own sessions (this one too, if asked): 404 for any other id. */
  endOne(user: SessionUser, id: number, requestId: string): Promise<SessionRecord> {
    return this.db.write(async (manager) => {
      const session = (await this.openSessions(manager, user.id)).find((row) => row.id === id);
      if (!session) throw notFound(msg('auth.sessionNotYours', { id }));
      await manager.delete(SessionEntity, { id });
      const how = id === user.sessionId ? 'this session' : `from session ${user.sessionId}`;
      await this.audit.append(manager, actorOf(user, requestId), {
        action: 'session_end',
        entityType: 'users',
        entityId: user.id,
        reason: `${describe(session)} ended by its user, ${how}`,
      });
      return toSessionRecord(session, user.sessionId);
    });
  }

  /** Sign-out: this session only; the user's others stay. */
  endCurrent(user: SessionUser, requestId: string): Promise<void> {
    return this.db.write(async (manager) => {
      const session = await manager.getRepository(SessionEntity).findOne({ where: { id: user.sessionId } });
      await manager.delete(SessionEntity, { id: user.sessionId });
      await this.audit.append(manager, actorOf(user, requestId), {
        action: 'logout',
        entityType: 'users',
        entityId: user.id,
        reason: session ? `${describe(session)} signed out` : null,
      });
    });
  }

  /**
   * Sign out everywhere: every session of the user, this one included, and every token issued
   * before (the token version moves on). Answers how many open sessions ended.
   */
  endAll(user: SessionUser, requestId: string): Promise<number> {
    return this.db.write(async (manager) => {
      const open = await this.openSessions(manager, user.id);
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ tokenVersion: () => 'token_version + 1' })
        .where('id = :id', { id: user.id })
        .execute();
      await manager.delete(SessionEntity, { userId: user.id });
      await this.audit.append(manager, actorOf(user, requestId), {
        action: 'logout_everywhere',
        entityType: 'users',
        entityId: user.id,
        reason: `${open.length} ${open.length === 1 ? 'session' : 'sessions'} ended: ${open.map((row) => row.id).join(', ')}`,
      });
      return open.length;
    });
  }

  private async openSessions(manager: EntityManager, userId: number): Promise<SessionEntity[]> {
    const user = await manager.getRepository(UserEntity).findOne({ where: { id: userId }, select: ['id', 'tokenVersion'] });
    if (!user) return [];
    const rows = await manager.getRepository(SessionEntity).find({
      where: { userId, tokenVersion: user.tokenVersion },
      order: { lastSeenAt: 'DESC', id: 'DESC' },
    });
    const now = nowIso();
    return rows.filter((row) => row.expiresAt > now);
  }

  /**
   * Last-seen, at most once a minute per session. Bookkeeping, not a change anyone made, so not
   * audited (a trail event per minute per session would bury the real ones). Only the request that
   * finds it stale writes, and `AND last_seen_at = <what it read>` lets one of several at once win.
   */
  private async noteSeen(session: Pick<SessionEntity, 'id' | 'lastSeenAt'>): Promise<void> {
    const now = new Date();
    if (Date.parse(session.lastSeenAt) > now.getTime() - LAST_SEEN_EVERY_MS) return;
    await this.db.write((manager) =>
      manager.update(SessionEntity, { id: session.id, lastSeenAt: session.lastSeenAt }, { lastSeenAt: now.toISOString() }),
    );
  }
}

export function toSessionRecord(row: SessionEntity, currentId: number): SessionRecord {
  return {
    id: row.id,
    device: row.device,
    userAgent: row.userAgent,
    ip: row.ip,
    signedInAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    current: row.id === currentId,
  };
}
