import { Body, Controller, Delete, Get, Header, HttpCode, Inject, Patch, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ENV, type Env } from '@relais/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Membership, User } from '@relais/database';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { toPublicUser } from '../auth/auth.service';
import { eraseBody, updateMeBody, type EraseBody, type UpdateMeBody } from '../auth/dto/auth.dto';
import { clearSessionCookies } from '../auth/session-cookies';
import { PersonalDataService } from './personal-data.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly personalData: PersonalDataService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('export')
  @Header('content-disposition', 'attachment; filename="relais-my-data.json"')
  @ApiOperation({ summary: 'Download everything Relais holds about you, as JSON (signed-in users)' })
  export(@CurrentUser() auth: AuthUser) {
    return this.personalData.export(auth);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: "Erase your account, giving your password: personal data removed, your organizations' postings kept (signed-in users)",
  })
  async erase(@CurrentUser() auth: AuthUser, @Body({ schema: eraseBody }) body: EraseBody, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.personalData.erase(auth, body.password);
    clearSessionCookies(reply, this.env);
  }

  @Get()
  @ApiOperation({ summary: 'The signed-in user and the organizations they belong to (signed-in users)' })
  async me(@CurrentUser() auth: AuthUser) {
    const user = await this.users.findOneByOrFail({ id: auth.userId });
    const memberships = await this.memberships.find({
      where: { userId: auth.userId },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    return {
      ...toPublicUser(user),
      // The web app shows the admin pages' link to platform admins only (the API checks again).
      isPlatformAdmin: user.isPlatformAdmin,
      memberships: memberships.map((m) => ({
        organizationId: m.organizationId,
        organizationName: m.organization!.name,
        role: m.role,
      })),
    };
  }

  @Patch()
  @ApiOperation({ summary: 'Change your display name or language (signed-in users)' })
  async update(@CurrentUser() auth: AuthUser, @Body({ schema: updateMeBody }) body: UpdateMeBody) {
    if (Object.keys(body).length) await this.users.update({ id: auth.userId }, body);
    return toPublicUser(await this.users.findOneByOrFail({ id: auth.userId }));
  }
}
