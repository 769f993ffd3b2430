import { judgeMove, PipelineStage as S } from './pipeline-stage';

describe('judgeMove', () => {
  it.each([
    [S.ENQUIRY, S.EXPLORING],
    [S.ENQUIRY, S.SETTING_UP],
    [S.SETTING_UP, S.READY],
    [S.READY, S.TRADING],
    [S.TRADING, S.ESTABLISHED],
    [S.TRADING, S.EXPLORING],
    [S.ESTABLISHED, S.TRADING],
    [S.EXPLORING, S.PAUSED],
    [S.TRADING, S.CLOSED],
    [S.PAUSED, S.SETTING_UP],
    [S.PAUSED, S.CLOSED],
    [S.CLOSED, S.ENQUIRY],
  ])('allows %s → %s', (from, to) => expect(judgeMove(from, to)).toEqual({ allowed: true }));

  it.each([
    [S.ENQUIRY, S.ENQUIRY, /already/],
    [S.SETTING_UP, S.ESTABLISHED, /Only a TRADING/],
    [S.PAUSED, S.ESTABLISHED, /Only a TRADING/],
    [S.CLOSED, S.TRADING, /reopened at ENQUIRY/],
    [S.CLOSED, S.PAUSED, /reopened at ENQUIRY/],
  ])('refuses %s → %s', (from, to, reason) => {
    expect(judgeMove(from, to)).toMatchObject({ allowed: false, reason: expect.stringMatching(reason) });
  });
});
