import { addRecognitionEvent, updateRecognitionEvent, deleteRecognitionEvent } from './events';
import { addAwardCategory, addStandardCategories, updateAwardCategory, moveAwardCategory, removeAwardCategory } from './awards';
import { addNomination, updateNomination, setNominationStatus, deleteNomination } from './nominations';
import { setSelectionCommittee, scoreNomination, removeScore } from './review';
import { addSegment, updateSegment, moveSegment, removeSegment, draftRunOfShow } from './runOfShow';
import { addPreparation, addStandardPreparations } from './preparations';
import { declareConflict, withdrawConflict, setBlindReview } from './fairJudging';

/**
 * Recognition events: the event itself, its award categories, nominations and the committee's
 * scores, the run of show, and the preparations (which are action items with this event as their
 * source, so they live in the one action item list), one file per section.
 */
export const recognitionCommands = {
  addRecognitionEvent,
  updateRecognitionEvent,
  deleteRecognitionEvent,
  addAwardCategory,
  addStandardCategories,
  updateAwardCategory,
  moveAwardCategory,
  removeAwardCategory,
  addNomination,
  updateNomination,
  setNominationStatus,
  deleteNomination,
  setSelectionCommittee,
  scoreNomination,
  removeScore,
  declareConflict,
  withdrawConflict,
  setBlindReview,
  addSegment,
  updateSegment,
  moveSegment,
  removeSegment,
  draftRunOfShow,
  addPreparation,
  addStandardPreparations,
};
