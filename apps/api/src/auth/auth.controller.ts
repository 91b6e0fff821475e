import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ENV, type Env } from '@relais/config';
import { CurrentUser, Public, type AuthUser } from './auth.decorators';
import { AuthService, type SignedIn } from './auth.service';
import { loginBody, registerBody, type LoginBody, type RegisterBody } from './dto/auth.dto';
import { clearSessionCookies, SESSION_COOKIE, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Create an account (anyone); returns a session token and sets the session cookies' })
  async register(@Body({ schema: registerBody }) body: RegisterBody, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.withCookies(reply, await this.auth.register(body));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in (anyone); returns a session token and sets the session cookies' })
  async login(@Body({ schema: loginBody }) body: LoginBody, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.withCookies(reply, await this.auth.login(body));
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

  /** The token stays in the body for scripts; browsers use the cookies. */
  private withCookies(reply: FastifyReply, signedIn: SignedIn): SignedIn {
    setSessionCookies(reply, signedIn.token, this.env);
    return signedIn;
  }
}
