import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A daily job done for a day: the primary key lets exactly one instance of a cluster claim it. */
@Entity({ name: 'job_runs' })
export class JobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  job: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ name: 'started_at', type: 'varchar', length: 24 })
  startedAt: string;

  /** Which instance ran it (host and process), for whoever wonders where the reminders came from. */
  @Column({ type: 'varchar', length: 100 })
  instance: string;
}
