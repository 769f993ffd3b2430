import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  ClosingAccount,
  DomainEvents,
  PersonalData,
  PersonalDataSection,
  scrubFreeText,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { ChecklistEvidenceChanged } from './compliance-events';
import { EvidenceFile } from './entities/evidence-file.entity';
import { EvidenceFiles } from './evidence/evidence-files';

/**
 * Checklists belong to the enterprise; a closing member's name is scrubbed from the items that copied it
 * (member_name) and from evidence notes. Evidence files the person uploaded are exported as a list with
 * download links; on closing, those they attached to a member's items (DBS, training certificates) are erased,
 * and those on the enterprise's own items (insurance, registrations) are kept with the uploader forgotten
 * (docs/privacy.md says why).
 */
@Injectable()
@PersonalData()
export class CompliancePersonalData implements PersonalDataSection {
  readonly name = 'checklists';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evidence: EvidenceFiles,
    private readonly events: DomainEvents,
  ) {}

  async export(tx: EntityManager, userId: string): Promise<unknown> {
    const files = await tx.getRepository(EvidenceFile).find({
      where: { uploadedById: userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      note: 'Checklists are records of the enterprise; see enterprises.memberships.',
      evidenceFiles: files.map((file) => ({
        id: file.id,
        checklistItemId: file.checklistItemId,
        enterpriseId: file.enterpriseId,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        uploadedAt: file.createdAt.toISOString(),
        downloadUrl: `${this.config.publicUrl}/evidence/${file.id}`,
      })),
    };
  }

  async erase(tx: EntityManager, account: ClosingAccount): Promise<void> {
    await scrubFreeText(
      tx,
      'checklist_items',
      ['member_name', 'reference', 'note', 'waived_reason'],
      account.personalStrings,
    );
    // A person's certificates (DBS, training) go; the enterprise's own records stay (docs/privacy.md).
    const personFiles: {
      id: string;
      storage_key: string;
      checklist_item_id: string;
      enterprise_id: string;
    }[] = await tx.query(
      `SELECT file.id, file.storage_key, file.checklist_item_id, file.enterprise_id
           FROM evidence_files file JOIN checklist_items item ON item.id = file.checklist_item_id
          WHERE file.uploaded_by_id = $1 AND item.member_id IS NOT NULL`,
      [account.userId],
    );
    if (personFiles.length > 0) {
      await tx.getRepository(EvidenceFile).delete(personFiles.map((file) => file.id));
      this.evidence.forgetAfterCommit(
        tx,
        personFiles.map((file) => file.storage_key),
      );
      const items = new Map(personFiles.map((file) => [file.checklist_item_id, file.enterprise_id]));
      for (const [itemId, enterpriseId] of items) {
        await this.events.publish(
          tx,
          new ChecklistEvidenceChanged(
            { enterpriseId, occurredAt: account.now, actorId: null, refId: itemId },
            'Evidence file removed: its uploader closed their account',
          ),
        );
      }
    }
    await tx.getRepository(EvidenceFile).update({ uploadedById: account.userId }, { uploadedById: null });
  }
}
