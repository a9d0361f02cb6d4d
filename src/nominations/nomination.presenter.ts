import { AuthUser } from '../access/auth-user';
import { Role } from '../database/schema/user.entity';
import { AttachmentEntity } from '../database/schema/attachment.entity';
import { NominationEntity } from '../database/schema/nomination.entity';

export type AttachmentView = Pick<
  AttachmentEntity,
  'id' | 'name' | 'mimeType' | 'size' | 'sha256' | 'fieldKey' | 'createdAt'
>;

export type NominationView = Omit<NominationEntity, 'contactName' | 'contactEmail' | 'contactPhone'> &
  Partial<Pick<NominationEntity, 'contactName' | 'contactEmail' | 'contactPhone'>> & {
    attachments?: AttachmentView[];
  };

export function presentAttachment(a: AttachmentEntity): AttachmentView {
  return {
    id: a.id,
    name: a.name,
    mimeType: a.mimeType,
    size: a.size,
    sha256: a.sha256,
    fieldKey: a.fieldKey,
    createdAt: a.createdAt,
  };
}

/** Observers read everything but contact data. */
export function presentNomination(
  n: NominationEntity,
  actor: AuthUser,
  attachments?: AttachmentEntity[],
): NominationView {
  const view: NominationView = { ...n, customFields: n.customFields ?? {} };
  if (actor.role === Role.OBSERVER) {
    delete view.contactName;
    delete view.contactEmail;
    delete view.contactPhone;
  }
  if (attachments) view.attachments = attachments.map(presentAttachment);
  return view;
}
