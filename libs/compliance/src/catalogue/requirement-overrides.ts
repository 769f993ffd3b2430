import { Injectable } from '@nestjs/common';
import { Database, isForeignKeyViolation, isUuid, notFound, RequestContext } from '@small-places/platform';
import { SetRequirementOverrideInput } from '../dto/compliance.inputs';
import { RequirementOverrideType } from '../dto/compliance.types';
import { RequirementOverride } from '../entities/requirement-override.entity';
import { Requirement } from '../entities/requirement.entity';

/** An Area's own validity and reminder offsets for a catalogue requirement. */
@Injectable()
export class RequirementOverrides {
  constructor(private readonly db: Database) {}

  /** The rules an Area has saved, in catalogue order; an Area without any (or none at all) has an empty list. */
  async forArea(areaId: string): Promise<RequirementOverrideType[]> {
    if (!isUuid(areaId)) throw notFound('That Area');
    const rows: RequirementOverrideType[] = await this.db.manager.query(
      `SELECT o.area_id AS "areaId", o.requirement_code AS code, o.validity_months AS "validityMonths",
              o.reminder_offsets_days AS "reminderOffsetsDays"
         FROM requirement_overrides o JOIN requirements r ON r.code = o.requirement_code
        WHERE o.area_id = $1
        ORDER BY r.position, r.code`,
      [areaId],
    );
    return rows;
  }

  /**
   * An Admin sets an Area's own validity or reminder offsets for a requirement (null restores the
   * catalogue's). Evidence whose expiry was worked out from the old validity moves to the new one.
   */
  async setOverride(
    ctx: RequestContext,
    input: SetRequirementOverrideInput,
  ): Promise<RequirementOverrideType> {
    return this.db.transaction(async (tx) => {
      const requirement = await tx.getRepository(Requirement).findOneBy({ code: input.code });
      if (!requirement) throw notFound('That requirement');
      if (!isUuid(input.areaId)) throw notFound('That Area');
      const values = {
        areaId: input.areaId,
        requirementCode: input.code,
        validityMonths: input.validityMonths ?? null,
        reminderOffsetsDays: input.reminderOffsetsDays
          ? [...input.reminderOffsetsDays].sort((a, b) => b - a)
          : null,
        updatedById: ctx.signedIn.id,
      };
      try {
        await tx
          .getRepository(RequirementOverride)
          .upsert(values, { conflictPaths: ['areaId', 'requirementCode'] });
      } catch (error) {
        // Areas belong to the CRM: the foreign key says whether this one exists.
        if (isForeignKeyViolation(error)) throw notFound('That Area');
        throw error;
      }
      if (requirement.validityFrom === 'COMPLETION') {
        await tx.query(
          `UPDATE checklist_items
              SET expires_on = CASE WHEN $3::int IS NULL THEN NULL
                                    ELSE (completed_on + make_interval(months => $3::int))::date END,
                  updated_at = now()
            WHERE area_id = $1 AND requirement_code = $2 AND status = 'DONE'
              AND expiry_from_rule AND completed_on IS NOT NULL`,
          [input.areaId, input.code, values.validityMonths ?? requirement.validityMonths],
        );
      }
      return {
        areaId: values.areaId,
        code: values.requirementCode,
        validityMonths: values.validityMonths,
        reminderOffsetsDays: values.reminderOffsetsDays,
      };
    });
  }
}
