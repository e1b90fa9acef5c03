import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** Reads the partnership and milestone tables with its own SQL: it needs no other feature's module. */
@Module({ controllers: [CalendarController], providers: [CalendarService] })
export class CalendarModule {}
