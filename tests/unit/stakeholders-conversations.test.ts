import { describe, expect, it } from 'vitest';
import { StakeholderCoalition, TODAY } from '../support/fixtures/stakeholders-fixture';

describe('logging a conversation', () => {
  it('moves people at "identified" or "contacted" to "in conversation" when asked, recorded in their history', () => {
    const c = new StakeholderCoalition();
    const dana = c.person('Dana Whitfield', { stage: 'contacted' });
    const ruth = c.person('Ruth Alvarez', { stage: 'committed' });
    const result = c.run('logConversation', {
      date: '2025-03-01',
      stakeholderIds: [dana, ruth],
      heldBy: 'Maria (convener)',
      channel: 'phone',
      summary: 'Talked about the 40-hour training.',
      commonGround: 'Both want fewer ER holds.',
      concerns: 'Overtime for officers in training.',
      advanceStakeholderIds: [dana, ruth],
    }) as { id: string; advanced: string[] };

    expect(result.advanced).toEqual([dana]);
    const change = c.get(dana).stageHistory.at(-1);
    // Added today (3 March) but the conversation was on the 1st: the change is dated no earlier than the last one.
    expect(change).toMatchObject({ stage: 'in-conversation', on: TODAY, conversationId: result.id });
    expect(c.get(dana).stage).toBe('in-conversation');
    // Someone already committed is never moved backwards.
    expect(c.get(ruth).stage).toBe('committed');
    expect(c.history.at(-1)).toBe('log conversation with Dana Whitfield and Ruth Alvarez');
  });

  it('leaves stages alone when the offer is declined', () => {
    const c = new StakeholderCoalition();
    const dana = c.person('Dana Whitfield');
    c.run('logConversation', { date: TODAY, stakeholderIds: [dana] });
    expect(c.get(dana).stage).toBe('identified');
    expect(c.get(dana).stageHistory).toHaveLength(1);
  });

  it('turns the follow-up into an action item with an owner and due date, linked both ways', () => {
    const c = new StakeholderCoalition();
    const dana = c.person('Dana Whitfield');
    const maria = c.person('Maria Santos', { roles: ['convener'] });
    const { id, followUpId } = c.run('logConversation', {
      date: TODAY,
      stakeholderIds: [dana],
      followUp: { title: 'Send Dana the Memphis model overview', ownerId: maria, dueDate: '2025-03-10' },
    }) as { id: string; followUpId: string };
    const item = c.doc.actionItems.find((a) => a.id === followUpId);
    expect(item).toMatchObject({
      title: 'Send Dana the Memphis model overview',
      ownerId: maria,
      dueDate: '2025-03-10',
      status: 'open',
      source: { kind: 'conversation', id },
    });
    expect(c.doc.conversations[0]?.followUpIds).toEqual([followUpId]);

    const second = c.run('addConversationFollowUp', {
      conversationId: id,
      followUp: { title: 'Invite to first meeting', ownerName: 'Maria' },
    }) as string;
    expect(c.doc.conversations[0]?.followUpIds).toEqual([followUpId, second]);
  });

  it('refuses bad conversations and changes nothing', () => {
    const c = new StakeholderCoalition();
    const dana = c.person('Dana Whitfield');
    const other = c.person('Other Person');
    const before = c.doc;
    expect(() => c.run('logConversation', { date: TODAY, stakeholderIds: [] })).toThrow(/at least one person/);
    expect(() => c.run('logConversation', { date: '2025-03-04', stakeholderIds: [dana] })).toThrow(/after today/);
    expect(() => c.run('logConversation', { date: TODAY, stakeholderIds: [dana, dana] })).toThrow(/twice/);
    expect(() => c.run('logConversation', { date: TODAY, stakeholderIds: ['missing-person'] })).toThrow(
      /no longer exists/,
    );
    expect(() =>
      c.run('logConversation', { date: TODAY, stakeholderIds: [dana], advanceStakeholderIds: [other] }),
    ).toThrow(/Only people in the conversation/);
    expect(() =>
      c.run('logConversation', { date: TODAY, stakeholderIds: [dana], summary: 'x'.repeat(50_000) }),
    ).toThrow(/too long/);
    expect(c.doc).toBe(before);
  });

  it('deleting a conversation keeps its follow-ups and the stage changes it prompted, unlinked', () => {
    const c = new StakeholderCoalition();
    const dana = c.person('Dana Whitfield');
    const { id, followUpId } = c.run('logConversation', {
      date: TODAY,
      stakeholderIds: [dana],
      advanceStakeholderIds: [dana],
      followUp: { title: 'Call back' },
    }) as { id: string; followUpId: string };
    c.run('deleteConversation', { id });
    expect(c.doc.conversations).toHaveLength(0);
    expect(c.doc.actionItems.find((a) => a.id === followUpId)?.source).toEqual({ kind: 'conversation', id: null });
    expect(c.get(dana).stageHistory.at(-1)).toMatchObject({ stage: 'in-conversation', conversationId: null });
    expect(JSON.stringify(c.doc)).not.toContain(id);
  });
});
