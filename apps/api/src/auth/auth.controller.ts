import { Body, Controller, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ENV, type Env } from '@relais/config';
import { AccountService } from './account.service';
import { CurrentUser, Public, type AuthUser } from './auth.decorators';
import { AuthService, type SignedIn } from './auth.service';
import {
  changePasswordBody,
  loginBody,
  registerBody,
  resetPasswordBody,
  emailBody,
  verificationRequestBody,
  tokenBody,
  type ChangePasswordBody,
  type LoginBody,
  type RegisterBody,
  type ResetPasswordBody,
  type EmailBody,
  type VerificationRequestBody,
  type TokenBody,
} from './dto/auth.dto';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Post('register')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Create an account (anyone, a few dozen an hour per client address); sends the link that confirms the address, after which the person signs in. ' +
      'The answer is the same when the address already has an account: its owner is told by e-mail',
  })
  async register(@Body({ schema: registerBody }) body: RegisterBody, @Ip() ip: string): Promise<void> {
    await this.auth.register(body, ip);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Sign in (anyone); returns a session token and sets the session cookies. 403 while the address is not confirmed; after a few wrong passwords, 429 with Retry-After',
  })
  async login(@Body({ schema: loginBody }) body: LoginBody, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.withCookies(reply, await this.auth.login(body, ip));
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOperation({ summary: 'End the current session and clear the session cookies (signed-in users)' })
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(user.sessionId);
    clearSessionCookies(reply, this.env);
  }

  @Post('logout-everywhere')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End every session of the account, on every device, this one included (signed-in users)' })
  async logoutEverywhere(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.signOutEverywhere(user.userId);
    clearSessionCookies(reply, this.env);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm the address with the token its e-mail brought (anyone with the link); returns the address, to sign in with. 410 when used or expired',
  })
  async verifyEmail(@Body({ schema: tokenBody }) { token }: TokenBody): Promise<{ email: string }> {
    return this.account.verifyEmail(token);
  }

  @Public()
  @Post('verify-email/resend')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Send the confirmation link again to an address whose account is not confirmed (anyone, a few times an hour); earlier links stop working. The answer is the same for any address',
  })
  async resendVerification(@Body({ schema: verificationRequestBody }) { email, next }: VerificationRequestBody, @Ip() ip: string): Promise<void> {
    await this.account.requestVerification(email, ip, next);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a password reset link to the address if it has an account (anyone); the answer is the same either way',
  })
  async requestReset(@Body({ schema: emailBody }) { email }: EmailBody, @Ip() ip: string): Promise<void> {
    await this.account.requestReset(email, ip);
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Choose a new password with the token the reset e-mail brought (anyone with the link); signs out every session' })
  async resetPassword(@Body({ schema: resetPasswordBody }) body: ResetPasswordBody): Promise<void> {
    await this.account.resetPassword(body);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change the password, giving the current one; other sessions are signed out (signed-in users)' })
  async changePassword(@CurrentUser() user: AuthUser, @Body({ schema: changePasswordBody }) body: ChangePasswordBody): Promise<void> {
    await this.account.changePassword(user, body);
  }

  /** The token stays in the body for scripts; browsers use the cookies. */
  private withCookies(reply: FastifyReply, signedIn: SignedIn): SignedIn {
    setSessionCookies(reply, signedIn.token, this.env);
    return signedIn;
  }
}
