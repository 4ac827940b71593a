import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/contract/bridge';
import { createIpcTransport } from './ipcTransport';

/** The renderer's whole view of the app: `window.missdeck`, one function per contract command and `on`. */
contextBridge.exposeInMainWorld('missdeck', createBridge(createIpcTransport(ipcRenderer)));
