/** What the users feature offers the others: sign-in reads accounts, records name their owners. */
export { UsersModule } from './users.module';
export { UsersService } from './users.service';
export { UserEntity } from './user.entity';
export { toUserRecord } from './user-records';
export { UserResponse } from './dto/user.response';
export { checkOwner, ownerChoices, ownerProblem } from './owner-rule';
