/** Every BullMQ queue. Names carry no `:` (BullMQ rejects it in ids, and we keep names and ids alike). */
export enum QueueName {
  Mail = 'mail',
}
