import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@small-places/platform';
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
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field() cursor: string;
  @Field(() => NotificationType) node: NotificationType;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => Int, { description: 'Unread notifications of the caller, whatever the filter.' })
  unreadCount: number;
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => [NotificationEdge]) edges: NotificationEdge[];
}

@ObjectType('NotificationPreference')
export class NotificationPreference {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() description: string;
  @Field() essential: boolean;
  @Field({ description: 'Muted kinds still show in the app; they are not emailed.' }) muted: boolean;
}
