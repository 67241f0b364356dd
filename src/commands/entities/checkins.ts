// Check-in use cases: read, create, put, edit and delete check-ins, and add, edit and delete entries.
import type { Checkin, CheckinEntry } from '../../domain/interchange/index.ts';
import * as edits from '../../domain/roadmap/checkins.ts';
import type { RevisionInfo } from '../../storage/index.ts';
import type { CommandContext } from '../context.ts';
import { editRoadmap, type ReadTarget, readAt, type WriteTarget } from './revision-base.ts';

export async function listCheckins(
  ctx: CommandContext,
  target: ReadTarget,
): Promise<{ revision: RevisionInfo; checkins: Checkin[] }> {
  const { roadmap, revision } = await readAt(ctx, target);
  return { revision, checkins: roadmap.checkins ?? [] };
}

export async function getCheckin(
  ctx: CommandContext,
  target: ReadTarget & { checkinId: string },
): Promise<{ revision: RevisionInfo; checkin: Checkin }> {
  const { roadmap, revision } = await readAt(ctx, target);
  return { revision, checkin: edits.findCheckin(roadmap, target.checkinId).checkin };
}

export async function getEntry(
  ctx: CommandContext,
  target: ReadTarget & { checkinId: string; entryIndex: number },
): Promise<{ revision: RevisionInfo; entry: CheckinEntry }> {
  const { roadmap, revision } = await readAt(ctx, target);
  return { revision, entry: edits.findEntry(roadmap, target.checkinId, target.entryIndex).entry };
}

export interface CreateCheckinInput extends WriteTarget {
  checkin: edits.CheckinDraft;
}

export function createCheckin(ctx: CommandContext, input: CreateCheckinInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.createCheckin(roadmap, input.checkin),
    ({ checkin }) => `Check-in ${checkin.id}`,
  );
}

export interface PutCheckinInput extends WriteTarget {
  checkinId: string;
  checkin: edits.CheckinDraft;
}

/** Creates the check-in with this id or replaces it; `created` says which. */
export function putCheckin(ctx: CommandContext, input: PutCheckinInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.putCheckinById(roadmap, input.checkinId, input.checkin),
    ({ created }) => `${created ? 'Check-in' : 'Replace check-in'} ${input.checkinId}`,
  );
}

export interface UpdateCheckinInput extends WriteTarget {
  checkinId: string;
  patch: edits.CheckinPatch;
}

export function updateCheckin(ctx: CommandContext, input: UpdateCheckinInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.updateCheckin(roadmap, input.checkinId, input.patch),
    () => `Edit check-in ${input.checkinId}`,
  );
}

export interface DeleteCheckinInput extends WriteTarget {
  checkinId: string;
}

export function deleteCheckin(ctx: CommandContext, input: DeleteCheckinInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.deleteCheckin(roadmap, input.checkinId),
    () => `Delete check-in ${input.checkinId}`,
  );
}

export interface AddEntryInput extends WriteTarget {
  checkinId: string;
  entry: edits.EntryDraft;
  position?: number;
}

export function addEntry(ctx: CommandContext, input: AddEntryInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.addEntry(roadmap, input.checkinId, input.entry, input.position),
    ({ entry }) => `Check-in ${input.checkinId}: add ${entry.item ?? entry.title}`,
  );
}

export interface UpdateEntryInput extends WriteTarget {
  checkinId: string;
  entryIndex: number;
  patch: edits.EntryPatch;
}

export function updateEntry(ctx: CommandContext, input: UpdateEntryInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.updateEntry(roadmap, input.checkinId, input.entryIndex, input.patch),
    ({ entry }) => `Check-in ${input.checkinId}: edit ${entry.item ?? entry.title}`,
  );
}

export interface DeleteEntryInput extends WriteTarget {
  checkinId: string;
  entryIndex: number;
}

export function deleteEntry(ctx: CommandContext, input: DeleteEntryInput) {
  return editRoadmap(
    ctx,
    input,
    'checkin',
    (roadmap) => edits.deleteEntry(roadmap, input.checkinId, input.entryIndex),
    ({ entry }) => `Check-in ${input.checkinId}: remove ${entry.item ?? entry.title}`,
  );
}
