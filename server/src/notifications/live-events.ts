import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { canAccess, type LiveEvent, type Role } from '@klch/shared';

interface Listener {
  userId: number;
  role: Role;
  send: (event: LiveEvent) => void;
  end: () => void;
}

/**
 * The open live streams of this instance (GET /api/events), and what is sent down them: a user's
 * unread count, and "this record changed" to everyone whose role may read that resource. Only ever
 * called after a commit, so a page never refetches for a change that rolled back.
 *
 * One process's streams: with several instances behind a balancer, a change made on one reaches the
 * pages connected to it; the others see it at their next read (documented in the README).
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly listeners = new Set<Listener>();

  /** Registers a stream; the answer removes it. */
  listen(userId: number, role: Role, send: (event: LiveEvent) => void, end: () => void): () => void {
    const listener = { userId, role, send, end };
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  toUser(userId: number, event: LiveEvent): void {
    for (const listener of this.listeners) if (listener.userId === userId) listener.send(event);
  }

  /** A record changed: told to the streams of users who may read it, with its resource and id only (they refetch what they show). */
  changed(resource: string, id: string | null): void {
    // Marking a notification read concerns its owner alone, who hears of it as their unread count.
    if (resource === 'notifications') return;
    for (const listener of this.listeners) {
      if (canAccess(listener.role, 'show', resource) || canAccess(listener.role, 'list', resource)) listener.send({ type: 'changed', resource, id });
    }
  }

  /** At shutdown every stream ends, so the server can close (the browsers reconnect to another instance or later). */
  onModuleDestroy(): void {
    for (const listener of [...this.listeners]) listener.end();
    this.listeners.clear();
  }

  /** Whether any stream is open for the user (no count is read for nobody). */
  isListening(userId: number): boolean {
    for (const listener of this.listeners) if (listener.userId === userId) return true;
    return false;
  }
}
