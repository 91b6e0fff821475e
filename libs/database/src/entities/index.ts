import { Membership } from './membership.entity';
import { Need } from './need.entity';
import { Offer } from './offer.entity';
import { Organization } from './organization.entity';
import { OutboxEvent } from './outbox-event.entity';
import { Session } from './session.entity';
import { Skill } from './skill.entity';
import { User } from './user.entity';

export { Membership, Need, Offer, Organization, OutboxEvent, Session, Skill, User };
export { OUTBOX_EVENT_TYPES, type OutboxEventType } from './outbox-event.entity';

export const ENTITIES = [User, Session, Organization, Membership, Skill, Need, Offer, OutboxEvent];
