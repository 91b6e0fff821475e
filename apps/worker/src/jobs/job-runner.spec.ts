import { withoutAddresses } from './job-runner';

describe('withoutAddresses', () => {
  it('removes every e-mail address from an error message, in any form SMTP servers write them', () => {
    const message = "Can't send mail - all recipients were rejected: 550 5.1.1 <awa.diallo+relais@salines.example>: Mailbox unavailable (to: moussa@bss.demo)";
    expect(withoutAddresses(message)).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <<e-mail address>>: Mailbox unavailable (to: <e-mail address>)",
    );
  });

  it('keeps messages without addresses as they are, and cuts long ones at 2000 characters', () => {
    expect(withoutAddresses('connect ECONNREFUSED 127.0.0.1:1025')).toBe('connect ECONNREFUSED 127.0.0.1:1025');
    expect(withoutAddresses('x'.repeat(5000))).toHaveLength(2000);
  });
});
