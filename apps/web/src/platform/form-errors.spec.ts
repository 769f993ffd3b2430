import { errorsFromProblem, fieldErrors, hasErrors } from './form-errors';

describe('errorsFromProblem', () => {
  it('links each field the API names to the field with that id, in a sentence', () => {
    const errors = errorsFromProblem(
      {
        code: 'BAD_USER_INPUT',
        message: 'Please check what you entered.',
        fields: { email: ['email must be an email'], 'availability.0.startTime': ['startTime is wrong'] },
      },
      'email',
    );
    expect(errors.summary).toEqual([
      { text: 'Email must be an email.', href: '#email' },
      { text: 'StartTime is wrong.', href: '#availability-0-startTime' },
    ]);
    expect(errors.fields.email).toEqual({ text: 'Email must be an email.' });
  });

  it('uses the form’s own ids and plain-English messages when given', () => {
    const errors = errorsFromProblem(
      {
        code: 'BAD_USER_INPUT',
        message: 'x',
        fields: { 'input.radiusMiles': ['must not be greater than 100'] },
      },
      'postcode',
      {
        fieldIds: { radiusMiles: 'distance' },
        messages: { distance: 'Choose a distance of 100 miles or less' },
      },
    );
    expect(errors.summary).toEqual([{ text: 'Choose a distance of 100 miles or less', href: '#distance' }]);
  });

  it('puts a refusal without fields on the fallback field', () => {
    const errors = errorsFromProblem({ code: 'CONFLICT', message: 'That email is taken.' }, 'email');
    expect(errors).toEqual({
      summary: [{ text: 'That email is taken.', href: '#email' }],
      fields: { email: { text: 'That email is taken.' } },
    });
  });
});

describe('fieldErrors', () => {
  it('keeps the order given, which is the order of the fields on the page', () => {
    const errors = fieldErrors({ postcode: 'Enter a postcode', distance: 'Choose a distance' });
    expect(errors.summary.map((item) => item.href)).toEqual(['#postcode', '#distance']);
    expect(hasErrors(errors)).toBe(true);
    expect(hasErrors(fieldErrors({}))).toBe(false);
  });
});
