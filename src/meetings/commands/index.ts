import { addMeeting, updateMeeting, deleteMeeting } from './details';
import { applyAgendaTemplate, addAgendaSection, renameAgendaSection, deleteAgendaSection, moveAgendaSection, addAgendaItem, updateAgendaItem, deleteAgendaItem, moveAgendaItem, addActionReview, removeFromActionReview, carryForwardItems } from './agenda';
import { setAttendance, addGuest, removeGuest } from './attendance';
import { startMinutes, updateMinutes, updateMinutesItem, addMinutesItem, deleteMinutesItem, addDecision, updateDecision, deleteDecision, addMeetingActionItem, approveMinutes, returnMinutesToDraft } from './minutes';
import { setConsentItem, pullConsentItem, approveConsentAgenda, undoConsentApproval } from './consent';
import { startSeries, updateSeries, createNextInSeries } from './series';

/**
 * Meetings: their details, agenda, attendance, minutes and series, one file per section. Action
 * items made at a meeting go into the workspace's one list through createActionItem.
 */
export const meetingCommands = {
  addMeeting,
  updateMeeting,
  deleteMeeting,
  applyAgendaTemplate,
  addAgendaSection,
  renameAgendaSection,
  deleteAgendaSection,
  moveAgendaSection,
  addAgendaItem,
  updateAgendaItem,
  deleteAgendaItem,
  moveAgendaItem,
  setConsentItem,
  pullConsentItem,
  approveConsentAgenda,
  undoConsentApproval,
  addActionReview,
  removeFromActionReview,
  carryForwardItems,
  setAttendance,
  addGuest,
  removeGuest,
  startMinutes,
  updateMinutes,
  updateMinutesItem,
  addMinutesItem,
  deleteMinutesItem,
  addDecision,
  updateDecision,
  deleteDecision,
  addMeetingActionItem,
  approveMinutes,
  returnMinutesToDraft,
  startSeries,
  updateSeries,
  createNextInSeries,
};
