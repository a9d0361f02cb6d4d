import { feedbackAfterJudgeEdit, FeedbackFacts, feedbackState, releasedFeedback } from './feedback';

const sheet = (facts: Partial<FeedbackFacts>): FeedbackFacts => ({
  status: 'SUBMITTED',
  feedback: 'Buen trabajo de cocreación.',
  feedbackDecision: null,
  feedbackReleasedText: null,
  ...facts,
});

describe('feedback to nominators', () => {
  it('is reviewed only once the sheet is submitted and has feedback', () => {
    expect(feedbackState(sheet({ status: 'DRAFT' }))).toBe('NONE');
    expect(feedbackState(sheet({ feedback: null }))).toBe('NONE');
    expect(feedbackState(sheet({}))).toBe('PENDING');
    expect(feedbackState(sheet({ feedbackDecision: 'WITHHELD' }))).toBe('WITHHELD');
    expect(feedbackState(sheet({ feedbackDecision: 'RELEASED', feedbackReleasedText: 'x' }))).toBe(
      'RELEASED',
    );
  });

  it('gives the nominator only the released texts, in an order that says nothing about the judges', () => {
    const sut = releasedFeedback([
      sheet({ feedbackDecision: 'RELEASED', feedbackReleasedText: 'Zeta: más datos abiertos.' }),
      sheet({ feedbackDecision: 'WITHHELD', feedbackReleasedText: null }),
      sheet({}),
      sheet({ status: 'DRAFT', feedbackDecision: 'RELEASED', feedbackReleasedText: 'borrador' }),
      sheet({ feedbackDecision: 'RELEASED', feedbackReleasedText: 'Alfa: buena participación.' }),
    ]);
    expect(sut).toEqual(['Alfa: buena participación.', 'Zeta: más datos abiertos.']);
  });

  it('voids the decision when the judge changes the text, not when it stays the same', () => {
    expect(feedbackAfterJudgeEdit({ feedback: 'a' }, 'b').feedbackDecisionVoided).toBe(true);
    expect(feedbackAfterJudgeEdit({ feedback: 'a' }, 'a').feedbackDecisionVoided).toBe(false);
    expect(feedbackAfterJudgeEdit(null, null).feedbackDecisionVoided).toBe(false);
  });
});
