import type { ApiClient, Answer } from './api-client';
import type { DirectSql } from './direct-sql';

/** A write the server acknowledged (answered 2xx): it must survive whatever happens next. */
export interface AckedWrite {
  entityType: 'organisations' | 'partnerships' | 'milestones';
  id: number;
  action: 'create' | 'update';
  /** The title an update set: what tells its event from the record's other updates. */
  title?: string;
}

export interface Writers {
  acked: AckedWrite[];
  /** Answers that were neither the expected success nor a lost connection. */
  unexpected: string[];
  /** Resolves when every writer has stopped (asked to, or its server went away). */
  done: Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Concurrent clients writing through the API, each in a loop: an organisation, a partnership, an
 * edit of it (with its version), a milestone on it. Every 2xx is written down; a connection that
 * fails ends that writer (the server was killed or stopped).
 */
export function startWriters(client: ApiClient, token: string, options: { writers: number; prefix: string }): Writers {
  const acked: AckedWrite[] = [];
  const unexpected: string[] = [];
  let stopped = false;

  const expect = (answer: Answer, status: number, what: string): boolean => {
    if (answer.status === status) return true;
    unexpected.push(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return false;
  };

  const writer = async (w: number) => {
    for (let n = 0; !stopped; n++) {
      const name = `${options.prefix} w${w} n${n}`;
      try {
        const organisation = await client.call('POST', '/api/organisations', {
          token,
          body: { name: `${name} partner`, type: 'academic', country: 'MY' },
        });
        if (!expect(organisation, 201, 'create organisation')) return;
        acked.push({ entityType: 'organisations', id: organisation.body.id, action: 'create' });

        const partnership = await client.call('POST', '/api/partnerships', {
          token,
          body: { title: `${name} MoU`, category: 'international_city', instrument: 'mou' },
        });
        if (!expect(partnership, 201, 'create partnership')) return;
        acked.push({ entityType: 'partnerships', id: partnership.body.id, action: 'create' });

        const title = `${name} MoU (edited)`;
        const edit = await client.call('PUT', `/api/partnerships/${partnership.body.id}`, {
          token,
          body: { version: partnership.body.version, title },
        });
        if (!expect(edit, 200, 'edit partnership')) return;
        acked.push({ entityType: 'partnerships', id: partnership.body.id, action: 'update', title });

        const milestone = await client.call('POST', '/api/milestones', {
          token,
          body: { partnershipId: partnership.body.id, title: `${name} visit`, kind: 'visit' },
        });
        if (!expect(milestone, 201, 'create milestone')) return;
        acked.push({ entityType: 'milestones', id: milestone.body.id, action: 'create' });
      } catch {
        return; // the connection failed: the server is gone
      }
    }
  };

  const done = Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w))).then(() => undefined);
  return {
    acked,
    unexpected,
    done,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

const TABLES = ['organisations', 'partnerships', 'milestones'] as const;

/**
 * What must hold after a crash, a restore or two instances: every acknowledged write is stored with
 * exactly one audit event of its action, and no record of these tables is without its creation event
 * or the other way round (a row and its event commit together or not at all). Returns the problems found.
 */
export async function missingWrites(sql: DirectSql, acked: AckedWrite[]): Promise<string[]> {
  const problems: string[] = [];
  const events = await sql.query<{ entity_type: string; entity_id: string; action: string; changes: string }>(
    `SELECT entity_type, entity_id, action, changes FROM audit_events WHERE entity_type IN ('organisations', 'partnerships', 'milestones') AND action IN ('create', 'update')`,
  );
  const creates = new Map<string, number>();
  const updates = new Map<string, number>();
  for (const event of events) {
    const key = `${event.entity_type}/${event.entity_id}`;
    if (event.action === 'create') creates.set(key, (creates.get(key) ?? 0) + 1);
    else {
      const changes = (typeof event.changes === 'string' ? JSON.parse(event.changes) : event.changes) as Record<string, [unknown, unknown]>;
      const title = changes.title?.[1];
      if (typeof title === 'string') updates.set(`${key}/${title}`, (updates.get(`${key}/${title}`) ?? 0) + 1);
    }
  }
  const rows = new Map<string, Set<number>>();
  for (const table of TABLES) {
    rows.set(table, new Set((await sql.query<{ id: number | string }>(`SELECT id FROM ${table}`)).map((row) => Number(row.id))));
  }
  for (const write of acked) {
    const key = `${write.entityType}/${write.id}`;
    if (!rows.get(write.entityType)!.has(write.id)) problems.push(`${key}: acknowledged ${write.action}, but the row is missing`);
    const found = write.action === 'create' ? (creates.get(key) ?? 0) : (updates.get(`${key}/${write.title}`) ?? 0);
    if (found !== 1) problems.push(`${key}: acknowledged ${write.action}${write.title ? ` "${write.title}"` : ''} has ${found} audit events`);
  }
  for (const table of TABLES) {
    for (const id of rows.get(table)!) if (!creates.has(`${table}/${id}`)) problems.push(`${table}/${id}: stored without its create event`);
  }
  for (const key of creates.keys()) {
    const [table, id] = key.split('/');
    if (!rows.get(table as (typeof TABLES)[number])!.has(Number(id))) problems.push(`${key}: a create event without its row`);
  }
  return problems;
}
