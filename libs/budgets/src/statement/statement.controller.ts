import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { Allow, Ctx, dateRangeParams, Permission, RequestContext } from '@small-places/platform';
import type { FastifyReply } from 'fastify';
import { BudgetStatements } from './budget-statements';
import { statementCsv } from './statement-csv';

/** The budget statement as CSV for a council auditor, with the same authorisation as the GraphQL query. */
@Controller('budgets')
export class StatementController {
  constructor(private readonly budgets: BudgetStatements) {}

  @Get(':id/statement.csv')
  @Allow(Permission.Authenticated)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(
    @Ctx() ctx: RequestContext,
    @Param('id') budgetId: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    const range = dateRangeParams(from, to);
    const statement = await this.budgets.statement(ctx, budgetId, range.from, range.to);
    void response.header(
      'Content-Disposition',
      `attachment; filename="statement-${range.from}-to-${range.to}.csv"`,
    );
    return statementCsv(statement);
  }
}
