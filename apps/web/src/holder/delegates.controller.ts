import { Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import { Request } from 'express';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { redirectTo, RedirectTo } from '../platform/forms';
import { BUDGET_DELEGATES, REMOVE_DELEGATE } from './delegates.operations';

/** "People who help with this budget": the holder sees their delegates and open invitations, and removes them. */
@Controller()
export class DelegatesController {
  constructor(private readonly api: ApiClient) {}

  @Get('budgets/:id/delegates')
  @SignedIn('BUDGET_HOLDER')
  @Render('holder/views/delegates.njk')
  async page(@Req() req: Request, @Param('id') id: string) {
    const data = await this.api.query(req, BUDGET_DELEGATES, { budgetId: id });
    return {
      budget: data.personalBudget,
      helpers: data.budgetDelegates.filter((delegate) => delegate.status === 'ACTIVE'),
      invited: data.budgetDelegates.filter((delegate) => delegate.status === 'INVITED'),
    };
  }

  @Post('budgets/:id/delegates/:delegateId/remove')
  @SignedIn('BUDGET_HOLDER')
  @Redirect()
  async remove(
    @Req() req: Request,
    @Param('id') id: string,
    @Param('delegateId') delegateId: string,
  ): Promise<RedirectTo> {
    const result = await this.api.mutate(req, REMOVE_DELEGATE, {
      budgetId: id,
      delegateId,
    });
    req.webSession?.setFlash(
      result.ok
        ? {
            success: true,
            title: 'Done',
            text: 'They can no longer see or use this budget. Any invitation to them has been cancelled.',
          }
        : { title: 'That could not be removed', text: result.problem.message },
    );
    return redirectTo(`/budgets/${id}/delegates`);
  }
}
