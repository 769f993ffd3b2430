export class CrmResolver {}
