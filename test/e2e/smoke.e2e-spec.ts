import { createTestApp, signUp, TestApp } from '@small-places/testing';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('signs up and reads me', async () => {
    const session = await signUp(t.client);
    const data = await t.client.ok<{ me: { email: string } }>('{ me { email roles } }', {}, { token: session.accessToken });
    expect(data.me.email).toBe(session.user.email);
  });
});
