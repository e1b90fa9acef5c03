export { SessionsSection } from './SessionsSection';
