import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@small-places/platform';
import { NotificationKind } from '../notification-kind';

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() title: string;
  @Field() body: string;
  @Field({ description: 'Regulatory and safeguarding messages: they cannot be muted.' }) essential: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field(() => ID, {
    name: 'aboutId',
    nullable: true,
    description:
      'What it is about, by kind: a booking, checklist item, invoice, budget, listing, action or invitation.',
  })
  refId: string | null;
}

/** The one connection shape (NotificationEdge, totalCount, pageInfo), plus the caller's unread count. */
@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationType, undefined, {
  isAbstract: true,
}) {
  @Field(() => Int, { description: 'Unread notifications of the caller, whatever the filter.' })
  unreadCount: number;
}

@ObjectType('NotificationPreference')
export class NotificationPreference {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() description: string;
  @Field() essential: boolean;
  @Field({ description: 'Muted kinds still show in the app; they are not emailed.' }) muted: boolean;
}
