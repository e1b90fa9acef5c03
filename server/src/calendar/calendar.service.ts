import { Inject, Injectable } from '@nestjs/common';
import { CALENDAR_KINDS, type CalendarRecord, type Language, MAX_CALENDAR_ENTRIES } from '@klch/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { todayInKualaLumpur } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { calendarEntries } from './calendar-entries';
import { calendarIcs } from './calendar-ics';
import { calendarRange } from './calendar-range';
import type { CalendarQueryDto } from './dto/calendar-query.dto';

/** GET /api/calendar and its .ics: the range checked, then one statement for the entries. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async calendar(query: CalendarQueryDto, now: Date = new Date()): Promise<CalendarRecord> {
    const range = calendarRange(query, todayInKualaLumpur(now));
    const kinds = query.kind?.length ? CALENDAR_KINDS.filter((kind) => query.kind!.includes(kind)) : CALENDAR_KINDS;
    // One row more than is answered: whether there were more.
    const rows = await this.db.read((manager) =>
      calendarEntries(manager, { ...range, kinds, partnershipId: query.partnershipId, ownerId: query.ownerId }, MAX_CALENDAR_ENTRIES + 1),
    );
    return { ...range, entries: rows.slice(0, MAX_CALENDAR_ENTRIES), truncated: rows.length > MAX_CALENDAR_ENTRIES };
  }

  async ics(query: CalendarQueryDto, language: Language, now: Date = new Date()): Promise<string> {
    return calendarIcs(await this.calendar(query, now), { language, publicUrl: this.config.publicUrl, stamp: now });
  }
}
