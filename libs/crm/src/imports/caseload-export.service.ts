import { Injectable } from '@nestjs/common';
import { ComplianceStatus, ImportedEvidenceService } from '@small-places/compliance';
import { AccessService } from '@small-places/identity';
import { Database, forbidden, isUuid, notFound, RequestContext, toCsv } from '@small-places/platform';
import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import { Area } from '../entities/area.entity';
import { Enterprise } from '../entities/enterprise.entity';
import { EnterpriseReads } from '../enterprises/enterprise-reads';
import { Member, MemberRole } from '../entities/enterprise-member.entity';
import { PipelineStage } from '../pipeline/pipeline-stage';
import { IMPORT_COLUMNS, ImportField } from './import-columns';

export interface CaseloadFilter {
  stage?: PipelineStage;
  catalystId?: string;
  complianceStatus?: ComplianceStatus;
  search?: string;
}

const PAGE = 100;

/** SOLE_TRADER → "Sole trader": what the import reads back, and what people read. */
const inWords = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

/**
 * The caseload of an Area, with the Catalyst's filters, in the import's columns: exporting and importing the
 * file again changes nothing (dates as YYYY-MM-DD, which the import reads as they are).
 */
@Injectable()
export class CaseloadExportService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly enterprises: EnterpriseReads,
    private readonly evidence: ImportedEvidenceService,
  ) {}

  async rows(ctx: RequestContext, areaId: string, filter: CaseloadFilter): Promise<string[][]> {
    const manager = this.db.manager;
    if (!isUuid(areaId) || !(await manager.getRepository(Area).existsBy({ id: areaId })))
      throw notFound('That Area');
    if (!(await this.access.isCatalystOf(manager, ctx, areaId)))
      throw forbidden('Only a Catalyst of this Area can export its caseload.');
    const found: Enterprise[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.enterprises.list(ctx, { ...filter, areaId }, { first: PAGE, after });
      found.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    const ids = found.map((enterprise) => enterprise.id);
    const founders = ids.length
      ? await manager
          .getRepository(Member)
          .find({ where: { enterpriseId: In(ids), role: MemberRole.FOUNDER }, order: { createdAt: 'ASC' } })
      : [];
    const founderOf = new Map<string, Member>();
    for (const founder of founders)
      if (!founderOf.has(founder.enterpriseId)) founderOf.set(founder.enterpriseId, founder);
    const items = await this.evidence.datesOf(manager, ids);
    const recorded = (
      enterpriseId: string,
      code: string,
      memberId: string | null,
      which: 'completedOn' | 'expiresOn',
    ) => {
      const item = items.find(
        (candidate) =>
          candidate.enterpriseId === enterpriseId &&
          candidate.requirementCode === code &&
          (memberId === null || candidate.memberId === memberId) &&
          (candidate.status === 'DONE' || candidate.status === 'EXPIRED'),
      );
      return item?.[which] ?? '';
    };
    return found.map((enterprise) => {
      const founder = founderOf.get(enterprise.id);
      const values: Record<ImportField, string> = {
        [ImportField.NAME]: enterprise.name,
        [ImportField.POSTCODE]: enterprise.postcode,
        [ImportField.LEGAL_STRUCTURE]: inWords(enterprise.legalStructure),
        [ImportField.ACTIVITIES]: enterprise.activities.map(inWords).join(', '),
        [ImportField.STAGE]: inWords(enterprise.stage),
        [ImportField.FOUNDER_NAME]: founder?.name ?? '',
        [ImportField.FOUNDER_EMAIL]: founder?.email ?? '',
        [ImportField.TRADING_START]: enterprise.tradingStartsOn ?? '',
        [ImportField.EMPLOYS_STAFF]: enterprise.employsStaff ? 'Yes' : 'No',
        [ImportField.PUBLIC_LIABILITY_EXPIRES]: recorded(
          enterprise.id,
          'PUBLIC_LIABILITY_INSURANCE',
          null,
          'expiresOn',
        ),
        [ImportField.EMPLOYERS_LIABILITY_EXPIRES]: recorded(
          enterprise.id,
          'EMPLOYERS_LIABILITY_INSURANCE',
          null,
          'expiresOn',
        ),
        [ImportField.FOUNDER_DBS_ISSUED]: founder
          ? recorded(enterprise.id, 'DBS_ENHANCED', founder.id, 'completedOn')
          : '',
        [ImportField.ICO_FEE_PAID]: recorded(enterprise.id, 'ICO_DATA_PROTECTION_FEE', null, 'completedOn'),
      };
      return IMPORT_COLUMNS.map((column) => values[column.field]);
    });
  }

  async csv(ctx: RequestContext, areaId: string, filter: CaseloadFilter): Promise<string> {
    return toCsv(
      IMPORT_COLUMNS.map((column) => column.header),
      await this.rows(ctx, areaId, filter),
    );
  }

  /** The same columns as an Excel workbook; every cell is text, so nothing in it is ever run as a formula. */
  async xlsx(ctx: RequestContext, areaId: string, filter: CaseloadFilter): Promise<Buffer> {
    const rows = await this.rows(ctx, areaId, filter);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Caseload');
    sheet.addRow(IMPORT_COLUMNS.map((column) => column.header)).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((column) => (column.width = 22));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
