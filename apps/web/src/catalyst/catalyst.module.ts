import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { SiteMenu } from '../platform/site-menu';
import { CaseloadImportController, caseloadUploadMiddleware } from './caseload-import.controller';
import { CatalystController } from './catalyst.controller';

const CATALYSTS = ['CATALYST', 'ADMIN'] as const;

// The import's routes first: `caseload/import` must not be read as the enterprise page `caseload/:id`.
@Module({ controllers: [CaseloadImportController, CatalystController] })
export class CatalystModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(caseloadUploadMiddleware)
      .forRoutes({ path: 'caseload/import', method: RequestMethod.POST });
  }

  constructor(menu: SiteMenu) {
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
