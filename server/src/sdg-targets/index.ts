/** The SDG targets' reference data: its table is refreshed from shared at every start (startup). */
export { SdgTargetsModule } from './sdg-targets.module';
export { SdgTargetEntity } from './sdg-target.entity';
