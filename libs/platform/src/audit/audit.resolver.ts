import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../auth/allow.decorator';
import { Permission } from '../auth/permission';
import { RequestContext } from '../auth/request-context';
import { AuditEventConnection, AuditTrailArgs } from './audit.dto';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description: 'Admin only: every audit event about one record, oldest first.',
  })
  @Allow(Permission.Administer)
  auditTrail(@Ctx() ctx: RequestContext, @Args() { recordType, recordId, first, after }: AuditTrailArgs) {
    return this.audit.trail(ctx, recordType, recordId, { first, after });
  }
}
