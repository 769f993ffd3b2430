import { registerEnumType } from '@nestjs/graphql';

/** The coaching pipeline, in board order; PAUSED and CLOSED sit apart from the forward path. */
export enum PipelineStage {
  ENQUIRY = 'ENQUIRY',
  EXPLORING = 'EXPLORING',
  SETTING_UP = 'SETTING_UP',
  READY = 'READY',
  TRADING = 'TRADING',
  ESTABLISHED = 'ESTABLISHED',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

registerEnumType(PipelineStage, {
  name: 'PipelineStage',
  description: 'ENQUIRY → … → ESTABLISHED, plus PAUSED and CLOSED.',
});

export const STAGE_ORDER: readonly PipelineStage[] = Object.values(PipelineStage);
const FORWARD_PATH: readonly PipelineStage[] = STAGE_ORDER.slice(0, 6);

/** Stages an enterprise may only enter with every mandatory checklist item done or waived. */
export const GATED_STAGES: readonly PipelineStage[] = [PipelineStage.READY, PipelineStage.TRADING];

export type MoveVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Which moves the pipeline allows (docs/decisions.md): backwards freely; forwards up to TRADING, skipping
 * allowed (the compliance gate still applies); ESTABLISHED only from TRADING; CLOSED from anywhere; PAUSED
 * from any working stage; out of PAUSED to any working stage; out of CLOSED only back to ENQUIRY.
 */
export function judgeMove(from: PipelineStage, to: PipelineStage): MoveVerdict {
  if (from === to) return { allowed: false, reason: `The enterprise is already at ${to}.` };
  if (to === PipelineStage.CLOSED) return { allowed: true };
  if (from === PipelineStage.CLOSED) {
    return to === PipelineStage.ENQUIRY
      ? { allowed: true }
      : { allowed: false, reason: 'A closed enterprise can only be reopened at ENQUIRY.' };
  }
  if (to === PipelineStage.ESTABLISHED && from !== PipelineStage.TRADING) {
    return { allowed: false, reason: 'Only a TRADING enterprise can become ESTABLISHED.' };
  }
  if (to === PipelineStage.PAUSED || from === PipelineStage.PAUSED) return { allowed: true };
  return FORWARD_PATH.includes(from) && FORWARD_PATH.includes(to)
    ? { allowed: true }
    : { allowed: false, reason: `Moving from ${from} to ${to} is not allowed.` };
}

export const TRADING_STAGES: readonly PipelineStage[] = [PipelineStage.TRADING, PipelineStage.ESTABLISHED];
