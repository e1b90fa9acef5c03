import { Injectable } from '@nestjs/common';
import type { SdgTargetRecord } from '@klch/shared';
import { notFound } from '../common/errors/http-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { TransactionRunner } from '../database/transaction-runner';
import { SDG_TARGET_LIST } from './sdg-target-query';
import { SdgTargetEntity } from './sdg-target.entity';
import { msg } from '../common/i18n/message';

/** The id is the code ("17.16"); the position only orders them. */
const toRecord = ({ code, goal, title }: SdgTargetEntity): SdgTargetRecord => ({ id: code, code, goal, title });

@Injectable()
export class SdgTargetsService {
  constructor(private readonly db: TransactionRunner) {}

  list(raw: RawListQuery): Promise<ListResult<SdgTargetRecord>> {
    return this.db.read((manager) => listRecords(manager, raw, SDG_TARGET_LIST, (_manager, rows) => rows.map(toRecord)));
  }

  getOne(code: string): Promise<SdgTargetRecord> {
    return this.db.read(async (manager) => {
      const row = await manager.getRepository(SdgTargetEntity).findOne({ where: { code } });
      if (!row) throw notFound(msg('sdg.missing', { code }));
      return toRecord(row);
    });
  }
}
