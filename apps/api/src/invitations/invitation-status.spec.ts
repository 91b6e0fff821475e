import { invitationStatus } from './invitation-status';

const NOW = new Date('2026-03-01T12:00:00Z');
const LATER = new Date('2026-03-15T12:00:00Z');
const EARLIER = new Date('2026-02-15T12:00:00Z');

describe('invitationStatus', () => {
  it.each([
    [{ acceptedAt: null, revokedAt: null, expiresAt: LATER }, 'pending'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: EARLIER }, 'expired'],
    [{ acceptedAt: null, revokedAt: null, expiresAt: NOW }, 'expired'],
    [{ acceptedAt: EARLIER, revokedAt: null, expiresAt: EARLIER }, 'accepted'],
    [{ acceptedAt: null, revokedAt: EARLIER, expiresAt: EARLIER }, 'revoked'],
    [{ acceptedAt: null, revokedAt: EARLIER, expiresAt: LATER }, 'revoked'],
  ])('%o -> %s', (invitation, status) => {
    expect(invitationStatus(invitation, NOW)).toBe(status);
  });
});
