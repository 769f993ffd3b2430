import { Injectable } from '@nestjs/common';
import { ImportedEvidence, ImportedEvidenceService, LegalStructure } from '@small-places/compliance';
import { AuditService, DomainEvents, londonDate, RequestContext } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { Enterprise } from '../entities/enterprise.entity';
import { EnterpriseService } from '../enterprises/enterprise.service';
import { Member, MemberRole } from '../entities/enterprise-member.entity';
import { PipelineService } from '../pipeline/pipeline.service';
import { ImportRowOutcome, PossibleDuplicate } from '../entities/enterprise-import.entity';
import { ImportedEnterprise } from './import-row';
import { EnterpriseImported } from '../crm-events';

/** Below this trigram similarity two names at one postcode are taken to be different enterprises. */
export const DUPLICATE_SIMILARITY = 0.3;

export interface RowResult {
  outcome: ImportRowOutcome;
  enterpriseId: string | null;
  duplicateOf: PossibleDuplicate[] | null;
  /** Why a row was refused, in plain words. */
  problem?: string;
}

/** What the caseload already holds for a row's name and postcode (see `lookUp`). */
export interface KnownMatch {
  sameId: string | null;
  duplicates: PossibleDuplicate[];
}

export interface RowOptions {
  sendInvitations: boolean;
  createPossibleDuplicates: boolean;
}

/**
 * One spreadsheet row into the caseload, inside the caller's transaction, through the CRM's own services
 * (enterprise, pipeline, compliance evidence) so every change writes its AuditEvent and timeline entry. An
 * enterprise is the same one when its Area, postcode and name (ignoring case) match.
 */
@Injectable()
export class EnterpriseRowImporter {
  constructor(
    private readonly enterprises: EnterpriseService,
    private readonly pipeline: PipelineService,
    private readonly evidence: ImportedEvidenceService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /**
   * The row's audit lines and timeline entries (and the listings' recomputation) are written together when it
   * is done: nothing in a row reads them back.
   */
  importRow(
    tx: EntityManager,
    ctx: RequestContext,
    areaId: string,
    row: ImportedEnterprise,
    options: RowOptions,
    known?: KnownMatch,
  ): Promise<RowResult> {
    return this.audit.gathered(tx, () =>
      this.events.gathered(tx, () => this.importGathered(tx, ctx, areaId, row, options, known)),
    );
  }

  private async importGathered(
    tx: EntityManager,
    ctx: RequestContext,
    areaId: string,
    row: ImportedEnterprise,
    options: RowOptions,
    known?: KnownMatch,
  ): Promise<RowResult> {
    const today = londonDate(ctx.now);
    const found = known ?? (await this.lookUp(tx, areaId, [row]))[0];
    if (found.sameId) return this.updateExisting(tx, ctx, found.sameId, row, today);
    const duplicates = found.duplicates;
    if (duplicates.length && !options.createPossibleDuplicates) {
      const names = duplicates.map((duplicate) => `“${duplicate.name}”`).join(' or ');
      return {
        outcome: ImportRowOutcome.REJECTED,
        enterpriseId: null,
        duplicateOf: duplicates,
        problem: `This may be ${names}, already in your caseload at ${row.postcode}. If it is, write the name exactly as ${names}; if it is a different enterprise, choose “create possible duplicates” and import again.`,
      };
    }

    const { enterprise } = await this.enterprises.createIn(
      tx,
      ctx,
      {
        areaId,
        name: row.name,
        postcode: row.postcode,
        legalStructure: row.legalStructure ?? LegalStructure.SOLE_TRADER,
        activities: row.activities ?? [],
        employsStaff: row.employsStaff ?? false,
        plannedTradingOn: row.tradingStartsOn ?? null,
      },
      { name: row.founderName, email: row.founderEmail ?? null },
      { invite: options.sendInvitations, evidence: (founderId) => evidenceOf(row, founderId) },
    );
    if (row.stage && row.stage !== enterprise.stage) {
      await this.pipeline.moveIn(tx, ctx, enterprise, {
        stage: row.stage,
        note: 'Imported from a spreadsheet',
      });
    }
    await this.announce(tx, ctx, enterprise, 'Created from an imported spreadsheet');
    return {
      outcome: ImportRowOutcome.CREATED,
      enterpriseId: enterprise.id,
      duplicateOf: duplicates.length ? duplicates : null,
    };
  }

  /**
   * For many rows at once (two statements, whatever their number): the enterprise each one is (same Area,
   * postcode and name ignoring case, the oldest first) and, for the rest, the possible duplicates (same postcode,
   * trigram similarity of the names at least DUPLICATE_SIMILARITY, the three closest).
   */
  async lookUp(
    tx: EntityManager,
    areaId: string,
    rows: readonly Pick<ImportedEnterprise, 'name' | 'postcode'>[],
  ): Promise<KnownMatch[]> {
    const found: KnownMatch[] = rows.map(() => ({ sameId: null, duplicates: [] }));
    if (rows.length === 0) return found;
    const keys = JSON.stringify(rows.map((row, i) => ({ i, postcode: row.postcode, name: row.name })));
    const same: { i: number; id: string }[] = await tx.query(
      `SELECT DISTINCT ON (k.i) k.i, e.id
         FROM jsonb_to_recordset($2::jsonb) AS k(i int, postcode text, name text)
         JOIN enterprises e ON e.area_id = $1 AND e.postcode = k.postcode AND lower(e.name) = lower(k.name)
        ORDER BY k.i, e.created_at, e.id`,
      [areaId, keys],
    );
    for (const { i, id } of same) found[i].sameId = id;
    const rest = JSON.stringify(
      rows
        .map((row, i) => ({ i, postcode: row.postcode, name: row.name }))
        .filter(({ i }) => !found[i].sameId),
    );
    const duplicates: { i: number; id: string; name: string; similarity: number }[] = await tx.query(
      `SELECT k.i, d.id, d.name, d.similarity
         FROM jsonb_to_recordset($2::jsonb) AS k(i int, postcode text, name text)
        CROSS JOIN LATERAL (
              SELECT id, name, similarity(lower(name), lower(k.name)) AS similarity FROM enterprises
               WHERE area_id = $1 AND postcode = k.postcode AND similarity(lower(name), lower(k.name)) >= $3
               ORDER BY similarity DESC, id LIMIT 3) d
        ORDER BY k.i, d.similarity DESC, d.id`,
      [areaId, rest, DUPLICATE_SIMILARITY],
    );
    for (const duplicate of duplicates)
      found[duplicate.i].duplicates.push({
        enterpriseId: duplicate.id,
        name: duplicate.name,
        similarity: Math.round(Number(duplicate.similarity) * 100) / 100,
      });
    return found;
  }

  private async updateExisting(
    tx: EntityManager,
    ctx: RequestContext,
    enterpriseId: string,
    row: ImportedEnterprise,
    today: string,
  ): Promise<RowResult> {
    const enterprise = await this.enterprises.lockForChange(tx, ctx, enterpriseId, 'catalyst');
    const changes: Parameters<EnterpriseService['changeFactsIn']>[3] = {};
    if (row.legalStructure && row.legalStructure !== enterprise.legalStructure)
      changes.legalStructure = row.legalStructure;
    if (row.activities && !sameSet(row.activities, enterprise.activities))
      changes.activities = row.activities;
    if (row.employsStaff !== undefined && row.employsStaff !== enterprise.employsStaff)
      changes.employsStaff = row.employsStaff;
    // Once trading has started the pipeline owns that date; a planned date may change.
    if (
      row.tradingStartsOn &&
      !enterprise.tradingStartedOn &&
      row.tradingStartsOn !== enterprise.plannedTradingOn
    )
      changes.plannedTradingOn = row.tradingStartsOn;
    const changedFields = Object.keys(changes);
    if (changedFields.length) await this.enterprises.changeFactsIn(tx, ctx, enterprise, changes);

    const founder = await tx
      .getRepository(Member)
      .findOne({ where: { enterpriseId, role: MemberRole.FOUNDER }, order: { createdAt: 'ASC' } });
    const evidenceChanged = await this.evidence.record(
      tx,
      ctx,
      enterpriseId,
      evidenceOf(row, founder?.id),
      today,
    );
    let moved = false;
    if (row.stage && row.stage !== enterprise.stage) {
      await this.pipeline.moveIn(tx, ctx, enterprise, {
        stage: row.stage,
        note: 'Imported from a spreadsheet',
      });
      moved = true;
    }
    if (!changedFields.length && !evidenceChanged && !moved) {
      return { outcome: ImportRowOutcome.UNCHANGED, enterpriseId, duplicateOf: null };
    }
    const what = [
      ...changedFields.map((field) => FIELD_WORDS[field]),
      ...(evidenceChanged ? ['checklist dates'] : []),
      ...(moved ? ['stage'] : []),
    ];
    await this.announce(tx, ctx, enterprise, `Updated from an imported spreadsheet: ${what.join(', ')}`);
    return { outcome: ImportRowOutcome.UPDATED, enterpriseId, duplicateOf: null };
  }

  private announce(tx: EntityManager, ctx: RequestContext, enterprise: Enterprise, summary: string) {
    return this.events.publish(
      tx,
      new EnterpriseImported(
        {
          enterpriseId: enterprise.id,
          occurredAt: ctx.now,
          actorId: ctx.user?.id ?? null,
          refId: enterprise.id,
        },
        summary,
      ),
    );
  }
}

const FIELD_WORDS: Record<string, string> = {
  legalStructure: 'legal structure',
  activities: 'activities',
  employsStaff: 'employs staff',
  plannedTradingOn: 'trading start',
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/** The checklist dates a row knows, as compliance records them. */
export function evidenceOf(row: ImportedEnterprise, founderId: string | undefined): ImportedEvidence[] {
  const evidence: ImportedEvidence[] = [];
  if (row.publicLiabilityExpiresOn)
    evidence.push({ requirementCode: 'PUBLIC_LIABILITY_INSURANCE', expiresOn: row.publicLiabilityExpiresOn });
  if (row.employersLiabilityExpiresOn)
    evidence.push({
      requirementCode: 'EMPLOYERS_LIABILITY_INSURANCE',
      expiresOn: row.employersLiabilityExpiresOn,
    });
  if (row.icoFeePaidOn)
    evidence.push({ requirementCode: 'ICO_DATA_PROTECTION_FEE', completedOn: row.icoFeePaidOn });
  if (row.founderDbsIssuedOn && founderId)
    evidence.push({
      requirementCode: 'DBS_ENHANCED',
      memberId: founderId,
      completedOn: row.founderDbsIssuedOn,
    });
  return evidence;
}
