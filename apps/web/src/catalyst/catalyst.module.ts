import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { CaseloadImportController, caseloadUploadMiddleware } from './caseload-import.controller';
import { CatalystController } from './catalyst.controller';
import { ToCheckController } from './to-check.controller';
import { TO_CHECK_COUNT } from './to-check.operations';
import { ApiClient } from '../platform/api-client';

const CATALYSTS = ['CATALYST', 'ADMIN'] as const;

// The import's routes first: `caseload/import` must not be read as the enterprise page `caseload/:id`.
@Module({ controllers: [CaseloadImportController, CatalystController, ToCheckController] })
export class CatalystModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(caseloadUploadMiddleware)
      .forRoutes({ path: 'caseload/import', method: RequestMethod.POST });
  }

  constructor(menu: SiteMenu, api: ApiClient) {
    const audience = [...CATALYSTS];
    menu.addNavigation({ href: '/caseload', text: 'Caseload', audience });
    menu.addNavigation({ href: '/pipeline', text: 'Pipeline', audience });
    menu.addNavigation({ href: '/actions', text: 'Actions', audience });
    menu.addHomeTask({
      href: '/caseload',
      text: 'My caseload',
      hint: 'Find an enterprise and see how it is doing.',
      audience,
    });
    menu.addHomeTask({
      href: '/pipeline',
      text: 'Pipeline board',
      hint: 'See every enterprise by stage, and move them on.',
      audience,
    });
    menu.addHomeTask({
      href: '/actions',
      text: 'Actions this week',
      hint: 'What you and your enterprises agreed to do.',
      audience,
    });
    menu.addHomeTask({
      href: '/to-check',
      text: 'To check',
      hint: 'Things providers recorded as done, waiting for you to check them.',
      audience,
      status: async (req) => {
        const waiting = (await api.query(req, TO_CHECK_COUNT)).checklistItemsToCheck.totalCount;
        return waiting === 0 ? 'Nothing waiting' : `${waiting} waiting`;
      },
    });
    menu.addHomeTask({
      href: '/deadlines',
      text: 'Due and overdue',
      hint: 'Checks and documents due or out of date across your caseload.',
      audience,
    });
    menu.addHomeTask({
      href: '/caseload/import',
      text: 'Import or export your caseload',
      hint: 'Bring in enterprises from a spreadsheet, or download them as one.',
      audience,
    });
    menu.addHomeTask({
      href: '/impact',
      text: 'Impact report',
      hint: 'Figures for an Area between two dates, with a chart and a spreadsheet.',
      audience,
    });
  }
}
