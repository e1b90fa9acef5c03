import { Injectable, NotFoundException } from '@nestjs/common';
import type { SdgTargetRecord } from '@klch/shared';
import { applyFilters, fetchPage } from '../common/list-query/apply-list-query';
import type { ListResult } from '../common/list-query/list-result';
import { parseListQuery, type RawListQuery } from '../common/list-query/parse-list-query';
import { TransactionRunner } from '../database/transaction-runner';
import { SDG_TARGET_LIST } from './sdg-target-query';
import { SdgTargetEntity } from './sdg-target.entity';

function toRecord(row: SdgTargetEntity): SdgTargetRecord {
  return { id: row.code, code: row.code, goal: row.goal, title: row.title };
}

@Injectable()
export class SdgTargetsService {
  constructor(private readonly db: TransactionRunner) {}

  list(raw: RawListQuery): Promise<ListResult<SdgTargetRecord>> {
    const query = parseListQuery(raw, SDG_TARGET_LIST);
    return this.db.read(async (manager) => {
      const page = await fetchPage(applyFilters(manager.getRepository(SdgTargetEntity).createQueryBuilder('t'), query), query, SDG_TARGET_LIST.tieBreaker);
      return { ...page, rows: page.rows.map(toRecord) };
    });
  }

  getOne(code: string): Promise<SdgTargetRecord> {
    return this.db.read(async (manager) => {
      const row = await manager.getRepository(SdgTargetEntity).findOne({ where: { code } });
      if (!row) throw new NotFoundException(`There is no SDG target ${code}.`);
      return toRecord(row);
    });
  }
}
