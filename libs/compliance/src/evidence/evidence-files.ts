import { Injectable, Logger } from '@nestjs/common';
import {
  AuditService,
  badInput,
  causedBy,
  conflict,
  Database,
  DomainEvents,
  FileStorage,
  forbidden,
  IncomingFile,
  newStorageKey,
  receiveOneFile,
  RequestContext,
} from '@small-places/platform';
import { IncomingMessage } from 'node:http';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { EntityManager, In } from 'typeorm';
import { itemLabel } from '../checklist/checklist-view';
import { ChecklistEvidenceChanged } from '../compliance-events';
import { ChecklistItem } from '../entities/checklist-item.entity';
import { EvidenceFile } from '../entities/evidence-file.entity';
import { Requirement } from '../entities/requirement.entity';
import {
  EVIDENCE_EMPTY_PROBLEM,
  EVIDENCE_MISSING_PROBLEM,
  EVIDENCE_TOO_MANY_PROBLEM,
  EVIDENCE_TYPE_PROBLEM,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_FILES_PER_ITEM,
  safeFileName,
} from '../evidence-rules';
import { EvidenceAccess } from './evidence-access';
import { evidenceTypeOf } from './evidence-type';

/** What the upload route answers, and the GraphQL EvidenceFile's fields. */
export interface EvidenceFileView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export const toEvidenceFileView = (file: EvidenceFile): EvidenceFileView => ({
  id: file.id,
  fileName: file.fileName,
  contentType: file.contentType,
  sizeBytes: file.sizeBytes,
});

/**
 * Evidence documents attached to checklist items (docs/compliance.md "Evidence files"): upload (streamed to
 * a temporary file, judged, then stored), download (audited when someone other than the uploader reads it),
 * removal by the uploader until the item is checked. Nothing is kept from a refused upload.
 */
@Injectable()
export class EvidenceFiles {
  private readonly logger = new Logger(EvidenceFiles.name);

  constructor(
    private readonly db: Database,
    private readonly access: EvidenceAccess,
    private readonly storage: FileStorage,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  async upload(ctx: RequestContext, itemId: string, request: IncomingMessage): Promise<EvidenceFileView> {
    // Refuse someone else's item, or a full one, before reading a byte of the file.
    await this.db.transaction(async (tx) => {
      const item = await this.access.item(tx, ctx, itemId);
      await this.assertRoomFor(tx, item);
    });
    const incoming = await receiveOneFile(request, 'file', MAX_EVIDENCE_BYTES);
    if (!incoming) throw badInput(EVIDENCE_MISSING_PROBLEM, { file: ['is missing'] });
    try {
      return await this.keep(ctx, itemId, incoming);
    } finally {
      await incoming.discard();
    }
  }

  /** The file's record and its bytes; a read by anyone but the uploader is written to the audit trail. */
  async download(ctx: RequestContext, fileId: string): Promise<{ file: EvidenceFile; body: Readable }> {
    const file = await this.db.transaction(async (tx) => {
      const found = await this.access.file(tx, ctx, fileId);
      if (found.uploadedById !== ctx.signedIn.id) {
        await this.audit.record(tx, ctx, {
          action: 'EVIDENCE_FILE_READ',
          recordType: 'EvidenceFile',
          recordId: found.id,
          subjectUserId: found.uploadedById,
          detail: { checklistItemId: found.checklistItemId, enterpriseId: found.enterpriseId },
        });
      }
      return found;
    });
    return { file, body: await this.storage.get(file.storageKey) };
  }

  /** Its uploader only, until a Catalyst has checked the item; the stored object goes after the commit. */
  async remove(ctx: RequestContext, fileId: string): Promise<EvidenceFileView> {
    return this.db.transaction(async (tx) => {
      const file = await this.access.file(tx, ctx, fileId);
      const item = await this.access.item(tx, ctx, file.checklistItemId, true);
      if (file.uploadedById !== ctx.signedIn.id) {
        throw forbidden('Only the person who uploaded a file can remove it.');
      }
      if (await this.access.isChecked(tx, item.id)) {
        throw conflict(
          'A Catalyst has checked this item, so its files stay. Ask your Catalyst to return it.',
        );
      }
      await tx.getRepository(EvidenceFile).delete(file.id);
      await this.announce(tx, ctx, item, 'Evidence file removed', file, 'EVIDENCE_FILE_REMOVED');
      this.forgetAfterCommit(tx, [file.storageKey]);
      return toEvidenceFileView(file);
    });
  }

  /**
   * Items are about to be deleted in `tx` (regenerated away): their files' rows go with them (ON DELETE
   * CASCADE) and their stored objects once `tx` commits.
   */
  async forgetWithItems(tx: EntityManager, itemIds: string[]): Promise<void> {
    if (itemIds.length === 0) return;
    const files = await tx.getRepository(EvidenceFile).find({
      select: { storageKey: true },
      where: { checklistItemId: In(itemIds) },
    });
    this.forgetAfterCommit(
      tx,
      files.map((file) => file.storageKey),
    );
  }

  /** Deletes stored objects once `tx`, which deleted their rows, commits. */
  forgetAfterCommit(tx: EntityManager, storageKeys: string[]): void {
    if (storageKeys.length > 0) Database.afterCommit(tx, () => this.forget(storageKeys));
  }

  /** Deletes stored objects whose rows are gone; a failure is logged (an orphan object, never a lost row). */
  async forget(storageKeys: string[]): Promise<void> {
    for (const key of storageKeys) {
      try {
        await this.storage.delete(key);
      } catch (error) {
        this.logger.error({ err: error, storageKey: key }, 'could not delete a stored evidence file');
      }
    }
  }

  private async keep(ctx: RequestContext, itemId: string, incoming: IncomingFile): Promise<EvidenceFileView> {
    if (incoming.sizeBytes === 0) throw badInput(EVIDENCE_EMPTY_PROBLEM, { file: ['is empty'] });
    const contentType = await evidenceTypeOf(incoming.path);
    if (!contentType) throw badInput(EVIDENCE_TYPE_PROBLEM, { file: ['is not a PDF, JPEG, PNG or HEIC'] });
    const storageKey = newStorageKey();
    await this.storage.put(storageKey, createReadStream(incoming.path), incoming.sizeBytes, contentType);
    try {
      return await this.db.transaction(async (tx) => {
        const item = await this.access.item(tx, ctx, itemId, true);
        await this.assertRoomFor(tx, item);
        const file = await tx.getRepository(EvidenceFile).save(
          tx.getRepository(EvidenceFile).create({
            checklistItemId: item.id,
            enterpriseId: item.enterpriseId,
            storageKey,
            fileName: safeFileName(incoming.clientName, contentType),
            contentType,
            sizeBytes: incoming.sizeBytes,
            uploadedById: ctx.signedIn.id,
          }),
        );
        await this.announce(tx, ctx, item, 'Evidence file added', file, 'EVIDENCE_FILE_ADDED');
        return toEvidenceFileView(file);
      });
    } catch (error) {
      await this.forget([storageKey]);
      throw error;
    }
  }

  private async assertRoomFor(tx: EntityManager, item: ChecklistItem): Promise<void> {
    const held = await tx.getRepository(EvidenceFile).countBy({ checklistItemId: item.id });
    if (held >= MAX_EVIDENCE_FILES_PER_ITEM) {
      throw badInput(EVIDENCE_TOO_MANY_PROBLEM, { file: ['is one too many'] });
    }
  }

  private async announce(
    tx: EntityManager,
    ctx: RequestContext,
    item: ChecklistItem,
    what: string,
    file: EvidenceFile,
    action: string,
  ): Promise<void> {
    await this.audit.record(tx, ctx, {
      action,
      recordType: 'EvidenceFile',
      recordId: file.id,
      subjectUserId: file.uploadedById,
      detail: { checklistItemId: item.id, enterpriseId: item.enterpriseId, sizeBytes: file.sizeBytes },
    });
    const requirement = await tx.getRepository(Requirement).findOneByOrFail({ code: item.requirementCode });
    await this.events.publish(
      tx,
      new ChecklistEvidenceChanged(
        causedBy(ctx, item.enterpriseId, item.id),
        `${what}: ${itemLabel(item, requirement)}`,
      ),
    );
  }
}
