// The campaigns' slice of the API contract: campaigns of a channel by month, saving drafts, moving
// them to ready or scheduled (refused while a rule fails), duplicating, deleting (refused once sent),
// checking a draft with the same rules main enforces, and the campaign file. Main implements it in
// electron/campaigns/handlers.ts.

import { z } from 'zod';
import { recordId as id } from '../api/app-contract';
import { exhaustiveKeys, type ArgumentSchemas } from '../api/slice';
import type { PlannedSend } from '../quota/model';
import type { CampaignFileProblem } from './file';
import type { Campaign, CampaignDraft, CampaignSummary, EditableStatus } from './model';
import type { CampaignCheck } from './rules';
import { campaignDraftSchema, campaignFileTextSchema, editableStatusSchema, monthSchema } from './schemas';

/** A draft's findings, reach and A/B plan, and the sends the forecast would take from it. */
export interface CampaignCheckResult extends CampaignCheck {
  readonly sends: readonly PlannedSend[];
}

export interface CampaignImportSummary {
  readonly channelId: number;
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Whether the file set planning figures (plan, friends, messages used, automations). */
  readonly planningChanged: boolean;
}

/** A refused import's problems, each with its JSON path (also in the error's details). */
export interface CampaignImportRefusal {
  readonly problems: readonly CampaignFileProblem[];
}

export interface CampaignsApi {
  /** A channel's campaigns, in time order; `month` (YYYY-MM, in the channel's zone) narrows them. */
  listCampaigns(channelId: number, month: string | null): Promise<readonly Campaign[]>;
  /** As listCampaigns, without the message content and targeting: what the month calendar shows. */
  listCampaignSummaries(channelId: number, month: string | null): Promise<readonly CampaignSummary[]>;
  getCampaign(campaignId: number): Promise<Campaign>;
  /** A new draft; an empty key becomes the title (made unique). */
  createCampaign(channelId: number, draft: CampaignDraft): Promise<Campaign>;
  /** Refused for sent, sending and failed campaigns; a ready one that now breaks a rule is refused too. */
  saveCampaign(campaignId: number, draft: CampaignDraft): Promise<Campaign>;
  setCampaignStatus(campaignId: number, status: EditableStatus): Promise<Campaign>;
  /** A copy as a new draft (also of a sent campaign). */
  duplicateCampaign(campaignId: number): Promise<Campaign>;
  deleteCampaign(campaignId: number): Promise<void>;
  /** Findings and reach of a draft (stored as `campaignId`, or new when null) without saving it. */
  checkCampaign(
    channelId: number,
    draft: CampaignDraft,
    campaignId: number | null,
  ): Promise<CampaignCheckResult>;
  /** A campaign file's text, imported all or nothing. */
  importCampaignFile(channelId: number, text: string): Promise<CampaignImportSummary>;
  /** The channel's campaigns (of `month`, or all) as campaign-file text. */
  exportCampaignFile(channelId: number, month: string | null): Promise<string>;
}

export interface CampaignsEvents {
  /** Campaigns of a channel changed (saved, status, deleted, imported): calendars and lists reload. */
  campaignsChanged: { readonly channelId: number };
}

export const campaignsMethodNames = exhaustiveKeys<CampaignsApi>()([
  'listCampaigns',
  'listCampaignSummaries',
  'getCampaign',
  'createCampaign',
  'saveCampaign',
  'setCampaignStatus',
  'duplicateCampaign',
  'deleteCampaign',
  'checkCampaign',
  'importCampaignFile',
  'exportCampaignFile',
]);

export const campaignsEventNames = exhaustiveKeys<CampaignsEvents>()(['campaignsChanged']);

export const campaignsArgumentSchemas: ArgumentSchemas<CampaignsApi> = {
  listCampaigns: z.tuple([id, monthSchema]),
  listCampaignSummaries: z.tuple([id, monthSchema]),
  getCampaign: z.tuple([id]),
  createCampaign: z.tuple([id, campaignDraftSchema]),
  saveCampaign: z.tuple([id, campaignDraftSchema]),
  setCampaignStatus: z.tuple([id, editableStatusSchema]),
  duplicateCampaign: z.tuple([id]),
  deleteCampaign: z.tuple([id]),
  checkCampaign: z.tuple([id, campaignDraftSchema, id.nullable()]),
  importCampaignFile: z.tuple([id, campaignFileTextSchema]),
  exportCampaignFile: z.tuple([id, monthSchema]),
};
