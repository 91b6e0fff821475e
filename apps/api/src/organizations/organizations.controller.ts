import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import {
  createOrganizationBody,
  directoryQuery,
  updateOrganizationBody,
  type CreateOrganizationBody,
  type DirectoryQuery,
  type UpdateOrganizationBody,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @ApiOperation({ summary: 'Create an organization (signed-in users); the creator becomes its admin' })
  create(@CurrentUser() user: AuthUser, @Body({ schema: createOrganizationBody }) body: CreateOrganizationBody) {
    return this.organizations.create(user, body);
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Public directory of organizations (anyone), filtered by text, kind and country' })
  directory(@Query({ schema: directoryQuery }) query: DirectoryQuery) {
    return this.organizations.directory(query);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'Public profile of an organization (anyone)' })
  get(@Param({ schema: idParam }) { id }: { id: string }) {
    return this.organizations.getPublic(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Update an organization's profile (its admins)" })
  update(
    @Param({ schema: idParam }) { id }: { id: string },
    @CurrentUser() user: AuthUser,
    @Body({ schema: updateOrganizationBody }) body: UpdateOrganizationBody,
  ) {
    return this.organizations.update(id, user, body);
  }
}
