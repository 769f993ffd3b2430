@Entity('orders')
export class Order {}
