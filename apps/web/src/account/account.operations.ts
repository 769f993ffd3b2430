/** The contract's identity operations, as this area asks for them. */

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken user { id email displayName roles } }
}`;

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken user { id email displayName roles } }
}`;

export const SIGN_OUT = `mutation SignOut($refreshToken: String!) { signOut(refreshToken: $refreshToken) }`;

export const RESEND_VERIFICATION = `mutation ResendVerificationEmail { resendVerificationEmail }`;

export const VERIFY_EMAIL = `mutation VerifyEmail($token: String!) { verifyEmail(token: $token) { id emailVerified } }`;

export interface AuthSession {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; displayName: string; roles: string[] };
}

export const REQUEST_PASSWORD_RESET = `mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`;

export const RESET_PASSWORD = `mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) { accessToken refreshToken user { id email displayName roles } }
}`;
